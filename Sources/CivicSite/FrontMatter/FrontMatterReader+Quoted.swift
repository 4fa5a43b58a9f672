/// Single- and double-quoted scalars, with YAML's line folding.
extension FrontMatterReader {
    /// Reads the quoted scalar whose opening quote is at the cursor. Lines
    /// after the first must be indented deeper than the parent block
    /// collection in column `n`.
    mutating func parseQuoted(parentIndent n: Int) throws -> FrontMatterNode {
        let open = pos
        let quote = scalars[open]
        let isDouble = quote == "\""
        var out = FrontMatterTextBuilder()
        // Blanks before a line break are dropped by folding, so they are
        // held back until something other than a break follows them.
        var blanksStart: Int?
        pos += 1
        while true {
            guard let c = current else { throw unterminated(open) }
            if c == " " || c == "\t" {
                if blanksStart == nil { blanksStart = pos }
                pos += 1
                continue
            }
            if c == "\n" {
                blanksStart = nil
                let breaks = try skipQuotedLineBreak(open: open, parentIndent: n)
                if breaks == 0 {
                    out.append(" ")
                } else {
                    out.append("\n", count: breaks)
                }
                continue
            }
            if let blanks = blanksStart {
                out.append(contentsOf: scalars[blanks..<pos])
                blanksStart = nil
            }
            if c == quote {
                if !isDouble && at(pos + 1) == "'" {
                    out.append("'")
                    pos += 2
                    continue
                }
                pos += 1
                break
            }
            if isDouble && c == "\\" {
                try readEscape(into: &out, open: open, parentIndent: n)
                continue
            }
            out.append(c)
            pos += 1
        }
        return FrontMatterNode(.string(out.string), at: location(open),
                               style: isDouble ? .doubleQuoted : .singleQuoted,
                               raw: text((open + 1)..<(pos - 1)))
    }

    /// Skips the line break at the cursor, the blank lines after it and the
    /// next line's indentation; returns the number of blank lines.
    mutating func skipQuotedLineBreak(open: Int, parentIndent n: Int) throws -> Int {
        var breaks = 0
        pos += 1
        while true {
            let lineStart = pos
            while current == " " { pos += 1 }
            let indent = pos - lineStart
            skipBlanks()
            guard let c = current else { throw unterminated(open) }
            if c == "\n" {
                breaks += 1
                pos += 1
                continue
            }
            // A line back at the parent's column is almost always the next
            // key, after a quote that was never closed.
            if indent <= n {
                if at(lineStart + indent) == "\t" { throw tabInIndentation(at: lineStart + indent) }
                throw unterminated(open)
            }
            return breaks
        }
    }

    func unterminated(_ open: Int) -> FrontMatterSyntaxError {
        error(scalars[open] == "\"" ? .unterminatedDoubleQuote : .unterminatedSingleQuote, at: open)
    }
}
