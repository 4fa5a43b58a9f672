/// Moving from line to line: ending a line after a value, and finding the
/// next line that holds content.
extension FrontMatterReader {
    /// Ends the line of a value: only blanks and a comment may follow it.
    /// Does nothing when the value already consumed its last line.
    mutating func finishLine() throws {
        if pos > 0 && isLineStart(pos) { return }
        skipBlanks()
        if current == "#" && Self.isBlank(at(pos - 1)) {
            pos = lineEnd(from: pos)
        }
        guard let c = current else { return }
        guard c == "\n" else {
            throw error(at: pos, "unexpected text '\(excerpt(at: pos))' after the value",
                        hint: "only a comment ('# …') may follow a value on its line; to keep the text, put the whole value in quotes")
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
                pos = nextLineStart(after: q)
                continue
            }
            if q != p { throw tabInIndentation(at: p) }
            if c == "\u{3000}" && (p == start || startsKeyOrItem(after: p)) {
                throw error(at: p, "full-width space (\u{3000}) in indentation", hint: "indent with half-width spaces")
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
            if let closingLine, at(start + 3) == nil || at(start + 3) == "\n" {
                let message = marker == "---"
                    ? "front matter ends here but the lines after it look like more keys"
                    : "a document end marker ('...') is not supported"
                throw error(at: start, message,
                            hint: "remove this '\(marker)': the front matter ends at the '---' on line \(closingLine)")
            }
            let hint = trailingBlanksOnly
                ? "if this line should end the front matter, remove the spaces after '\(marker)'"
                : "front matter is a single block of 'key: value' lines; remove this line"
            let what = marker == "---" ? "a second document ('---')" : "a document end marker ('...')"
            throw error(at: start, "\(what) is not supported", hint: hint)
        }
        if at(start) == "%" {
            throw error(at: start, "directives ('\(word(at: start))') are not supported",
                        hint: "remove this line; front matter needs no directives")
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
        error(at: index, "tab character in indentation",
              hint: "indent with spaces; tabs are not allowed in front matter")
    }
}
