extension FrontMatterDocument {
    /// Splits decoded text (see `SourceText.decode`) of the file at `path`.
    ///
    /// The first line must be `---` (trailing blanks allowed); the front
    /// matter ends at the next line that is exactly `---`, unless that line
    /// is followed by more lines that look like keys and then another `---`
    /// line: staff sometimes paste a `---` in the middle, and ending there
    /// would silently turn the remaining keys into body text. Such a stray
    /// line stays in the front matter, where the parser reports it. A `...`
    /// line never ends the front matter (the contract allows only `---`).
    ///
    /// A forgotten closing line is reported once, at the opening `---`:
    /// `key: value` lines followed by body text that has no key line after
    /// it, whether or not a `---` (a thematic break) comes later.
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
        var documentEnd: Int?
        while lineStart < utf8.endIndex {
            let end = lineEnd(from: lineStart)
            let line = utf8[lineStart..<end]
            if line.elementsEqual("---".utf8) && !moreKeysFollow(text, from: after(end)) {
                let frontMatter = text[contentStart..<lineStart]
                if let forgotten = ForgottenCloser.find(in: frontMatter, firstLine: 2, closed: true) {
                    return .failure(DiagnosticList([forgotten.diagnostic(path)]))
                }
                return .success(FrontMatterDocument(
                    frontMatter: String(frontMatter), frontMatterFirstLine: 2,
                    body: String(text[after(end)...]), bodyFirstLine: lineNumber + 1))
            }
            if documentEnd == nil && line.elementsEqual("...".utf8) { documentEnd = lineNumber }
            if closerWithBlanks == nil && isOpeningDelimiter(line) { closerWithBlanks = lineNumber }
            lineStart = after(end)
            lineNumber += 1
        }
        return .failure(DiagnosticList([notClosed(text, contentStart: contentStart, path: path,
                                                  closerWithBlanks: closerWithBlanks, documentEnd: documentEnd)]))
    }

    /// The report for front matter without a closing `---` line, at the line
    /// that was most likely meant to close it.
    static func notClosed(_ text: String, contentStart: String.Index, path: String,
                          closerWithBlanks: Int?, documentEnd: Int?) -> Diagnostic {
        if let line = closerWithBlanks {
            return .error(.notClosed, at: .file(path), ["line": .number(line)], hint: .closerHasBlanks)
        }
        if let found = closerLookAlike(text, path: path) {
            return .error(found.message, at: found.location, found.arguments)
        }
        if let line = documentEnd {
            return .error(.dotsAsCloser, at: SourceLocation(file: path, line: line, column: 1))
        }
        let rest = text[contentStart...]
        if let forgotten = ForgottenCloser.find(in: rest, firstLine: 2, closed: false) {
            return forgotten.diagnostic(path)
        }
        guard let last = ForgottenCloser.lastContentLine(in: rest, firstLine: 2) else {
            return .error(.notClosed, at: .file(path), hint: .closeAfterOpening)
        }
        return .error(.notClosed, at: .file(path), ["line": .number(last)])
    }

    /// `---` followed only by blanks, which editors often leave behind.
    static func isOpeningDelimiter(_ line: Substring.UTF8View) -> Bool {
        guard line.starts(with: "---".utf8) else { return false }
        return line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    static func missingOpening(_ path: String) -> DiagnosticList {
        DiagnosticList([.error(.missingOpening, at: .file(path))])
    }
}
