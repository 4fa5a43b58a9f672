extension FrontMatterDocument {
    /// Splits decoded text (see `SourceText.decode`) of the file at `path`.
    ///
    /// The first line must be `---` (trailing blanks allowed); the front
    /// matter ends at the next line that is exactly `---` or `...`.
    public static func split(_ text: String, path: String) -> Result<FrontMatterDocument, DiagnosticList> {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var opened = false
        var contentStart = utf8.startIndex
        var closerWithBlanks: Int?
        while lineStart < utf8.endIndex || (!opened && lineNumber == 1) {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = utf8[lineStart..<lineEnd]
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if !opened {
                guard isDelimiter(line, allowingBlanks: true) else { return .failure(missingOpening(path)) }
                opened = true
                contentStart = next
            } else if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                return .success(FrontMatterDocument(
                    frontMatter: String(text[contentStart..<lineStart]), frontMatterFirstLine: 2,
                    body: String(text[next...]), bodyFirstLine: lineNumber + 1))
            } else if closerWithBlanks == nil && isDelimiter(line, allowingBlanks: true) {
                closerWithBlanks = lineNumber
            }
            lineStart = next
            lineNumber += 1
            if lineEnd == utf8.endIndex { break }
        }
        var hint = "add a line with only '---' after the last 'key: value' line"
        if let line = closerWithBlanks {
            hint = "line \(line) has spaces after '---'; remove them to end the front matter there"
        }
        return .failure(DiagnosticList([.error(at: .file(path), "front matter is not closed: no '---' line after the opening '---'", hint: hint)]))
    }

    static func isDelimiter(_ line: Substring.UTF8View, allowingBlanks: Bool) -> Bool {
        guard line.starts(with: "---".utf8) else { return false }
        return line.dropFirst(3).allSatisfy { allowingBlanks && ($0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t")) }
    }

    static func missingOpening(_ path: String) -> DiagnosticList {
        DiagnosticList([.error(at: .file(path), "missing front matter: the first line must be '---'",
                               hint: "start the file with a '---' line, then the 'key: value' lines, then another '---' line")])
    }
}
