/// Moving from line to line: ending a line after a value, and finding the
/// next line that holds content.
extension FrontMatterReader {
    /// Ends the line of a value: only blanks and a comment may follow it.
    /// Does nothing when the value already consumed its last line.
    mutating func finishLine() throws {
        if pos > 0 && isLineStart(pos) { return }
        skipBlanks()
        if current == "#" && Self.isBlank(at(pos - 1)) {
            noteComment(at: pos)
            pos = lineEnd(from: pos)
        }
        guard let c = current else { return }
        guard c == "\n" else {
            throw error(.textAfterValue, at: pos, ["text": .text(excerpt(at: pos))])
        }
        pos += 1
    }

    /// Moves to the start of the next line holding content, skipping blank
    /// and comment lines, and returns its indentation in spaces; nil at the
    /// end. The cursor must be at the start of a line.
    mutating func nextContentLine() throws -> Int? {
        while pos < scalars.count {
            let start = pos
            var p = pos
            while at(p) == " " { p += 1 }
            var q = p
            while Self.isBlank(at(q)) { q += 1 }
            guard let c = at(q) else {
                pos = q
                return nil
            }
            if c == "\n" {
                pos = q + 1
                continue
            }
            if c == "#" {
                noteComment(at: q)
                pos = nextLineStart(after: q)
                continue
            }
            if q != p { throw tabInIndentation(at: p) }
            if c == "\u{3000}" && (p == start || startsKeyOrItem(after: p)) {
                throw error(.fullWidthSpaceInIndentation, at: p)
            }
            if p == start { try rejectDocumentMarker(at: start) }
            pos = start
            return p - start
        }
        return nil
    }

    /// Lines that YAML reads as document markers or directives, which a
    /// single front-matter block cannot contain.
    func rejectDocumentMarker(at start: Int) throws {
        let three = (at(start), at(start + 1), at(start + 2))
        let isMarker = (three == ("-", "-", "-") || three == (".", ".", "."))
            && Self.isWhiteOrEnd(at(start + 3))
        if isMarker {
            let marker = text(start..<(start + 3))
            let trailingBlanksOnly = excerpt(at: start) == marker && at(start + 3) != nil && at(start + 3) != "\n"
            // Only the split keeps an exact `---` or `...` line inside the
            // front matter, because keys follow it.
            let arguments: MessageArguments = ["marker": .text(marker)]
            if let closingLine, at(start + 3) == nil || at(start + 3) == "\n" {
                throw error(marker == "---" ? .strayCloser : .documentEndMarker, at: start,
                            arguments.merging(["line": .number(closingLine)]) { a, _ in a }, hint: .removeMarkerClosesAt)
            }
            throw error(marker == "---" ? .secondDocument : .documentEndMarker, at: start, arguments,
                        hint: trailingBlanksOnly ? .removeBlanksAfterMarker : .removeLine)
        }
        if at(start) == "%" {
            throw error(.directive, at: start, ["word": .text(word(at: start))])
        }
    }

    /// Whether the text after the full-width spaces at `index` is a key or a
    /// list item, so the spaces were meant as indentation; a value written
    /// on its own line may start with one, as Japanese paragraphs do.
    func startsKeyOrItem(after index: Int) -> Bool {
        var p = index
        while at(p) == "\u{3000}" || Self.isBlank(at(p)) { p += 1 }
        return isDash(at: p) || looksLikeKey(at: p)
    }

    func tabInIndentation(at index: Int) -> FrontMatterSyntaxError {
        error(.tabInIndentation, at: index)
    }
}
