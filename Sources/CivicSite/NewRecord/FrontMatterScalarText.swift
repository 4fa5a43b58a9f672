/// A text written as a front-matter value that reads back as exactly that
/// text: plain when the parser takes it so (`さくら子ども食堂`), else in
/// double quotes (`"「春」: 会員募集"`, `"#1"`, `"true"`).
///
/// The project's own parser decides, so the rule can never drift from
/// what `check` will read.
enum FrontMatterScalarText {
    static func value(_ text: String) -> String {
        if reads(text, as: text) { return text }
        return quoted(text)
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Whether `key: written` parses, alone, to the text `text`.
    private static func reads(_ written: String, as text: String) -> Bool {
        guard !text.isEmpty, !written.contains("\n") else { return false }
        let parsed = FrontMatterParser.parse("value: \(written)\n", file: "")
        guard parsed.diagnostics.isEmpty, case .string(let read)? = parsed.node?["value"]?.value.value else { return false }
        return read == text
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
