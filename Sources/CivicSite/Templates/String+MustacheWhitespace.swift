/// Whitespace as Mustache means it around tag names and delimiters.
extension Unicode.Scalar {
    var isMustacheWhitespace: Bool {
        self == " " || self == "\t" || self == "\n" || self == "\r"
    }
}

extension String {
    func trimmingMustacheWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isMustacheWhitespace }),
              let last = scalars.lastIndex(where: { !$0.isMustacheWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
