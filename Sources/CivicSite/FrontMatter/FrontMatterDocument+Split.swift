extension FrontMatterDocument {
    /// Splits decoded text (see `SourceText.decode`) of the file at `path`.
    ///
    /// The first line must be `---` (trailing blanks allowed); the front
    /// matter ends at the next line that is exactly `---` or `...`.
    public static func split(_ text: String, path: String) -> Result<FrontMatterDocument, DiagnosticList> {
        let utf8 = text.utf8
        func lineEnd(from start: String.Index) -> String.Index {
            utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        }
        func after(_ end: String.Index) -> String.Index {
            end < utf8.endIndex ? utf8.index(after: end) : end
        }
        let openingEnd = lineEnd(from: utf8.startIndex)
        guard isOpeningDelimiter(utf8[..<openingEnd]) else { return .failure(missingOpening(path)) }
        let contentStart = after(openingEnd)
        var lineStart = contentStart
        var lineNumber = 2
        var closerWithBlanks: Int?
        while lineStart < utf8.endIndex {
            let end = lineEnd(from: lineStart)
            let line = utf8[lineStart..<end]
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                return .success(FrontMatterDocument(
                    frontMatter: String(text[contentStart..<lineStart]), frontMatterFirstLine: 2,
                    body: String(text[after(end)...]), bodyFirstLine: lineNumber + 1))
            }
            if closerWithBlanks == nil && isOpeningDelimiter(line) { closerWithBlanks = lineNumber }
            lineStart = after(end)
            lineNumber += 1
        }
        var hint = "add a line with only '---' after the last 'key: value' line"
        if let line = closerWithBlanks {
            hint = "line \(line) has spaces after '---'; remove them to end the front matter there"
        }
        return .failure(DiagnosticList([.error(at: .file(path), "front matter is not closed: no '---' line after the opening '---'", hint: hint)]))
    }

    /// `---` followed only by blanks, which editors often leave behind.
    static func isOpeningDelimiter(_ line: Substring.UTF8View) -> Bool {
        guard line.starts(with: "---".utf8) else { return false }
        return line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    static func missingOpening(_ path: String) -> DiagnosticList {
        DiagnosticList([.error(at: .file(path), "missing front matter: the first line must be '---'",
                               hint: "start the file with a '---' line, then the 'key: value' lines, then another '---' line")])
    }
}
