/// Literal `|` and folded `>` block scalars.
extension FrontMatterReader {
    /// Reads the block scalar whose indicator is at the cursor, under a
    /// parent collection in column `n`; leaves the cursor at the start of
    /// the first line after it.
    mutating func parseBlockScalar(parentIndent n: Int) throws -> FrontMatterNode {
        let indicator = pos
        let header = try parseBlockScalarHeader()
        let bodyStart = pos
        let lines = try blockScalarLines(parentIndent: n, explicit: header.indentation.map { n + $0 })
        let value = blockScalarValue(lines, header: header)
        return FrontMatterNode(.string(value), at: location(indicator),
                               style: header.folded ? .folded : .literal,
                               raw: text(bodyStart..<max(bodyStart, pos)))
    }

    /// Reads `|` or `>`, its indicators and the rest of the header line.
    mutating func parseBlockScalarHeader() throws -> FrontMatterBlockScalarHeader {
        let indicator = scalars[pos]
        var header = FrontMatterBlockScalarHeader(folded: indicator == ">")
        var sawChomping = false
        pos += 1
        for _ in 0..<2 {
            if !sawChomping, let c = current, c == "-" || c == "+" {
                header.chomping = c == "-" ? .strip : .keep
                sawChomping = true
                pos += 1
            } else if header.indentation == nil, let c = current, ("1"..."9").contains(c) {
                header.indentation = Int(c.value - 0x30)
                pos += 1
            }
        }
        guard Self.isWhiteOrEnd(current) else {
            throw error(.blockScalarHeader, at: pos, ["text": .text(excerpt(at: pos)), "indicator": .text(String(indicator))],
                        hint: current == "0" ? .zeroIndentationIndicator : nil)
        }
        skipBlanks()
        if current == "#" {
            noteComment(at: pos)
            pos = lineEnd(from: pos)
        }
        if current == "\n" { pos += 1 }
        return header
    }

    /// The content lines of a block scalar, without their indentation; nil
    /// marks a blank line. The cursor ends on the first line after them.
    mutating func blockScalarLines(parentIndent n: Int, explicit: Int?) throws -> FrontMatterBlockScalarLines {
        var result = FrontMatterBlockScalarLines()
        var indent = explicit
        var widestLeadingBlank = 0
        var widestLeadingBlankAt = pos
        while pos < scalars.count {
            let lineStart = pos
            let end = lineEnd(from: pos)
            var p = pos
            while at(p) == " " { p += 1 }
            let spaces = p - lineStart
            let blank = p == end
            // A tab where the text's indentation should be, even on a line
            // that is otherwise blank, is indentation YAML forbids; further
            // in, it is part of the text.
            if at(p) == "\t" && spaces < (indent ?? n + 1) { throw tabInIndentation(at: p) }
            if indent == nil {
                if blank {
                    if spaces > widestLeadingBlank {
                        widestLeadingBlank = spaces
                        widestLeadingBlankAt = lineStart
                    }
                    result.lines.append(nil)
                    pos = min(end + 1, scalars.count)
                    continue
                }
                guard spaces > n else { break }
                if widestLeadingBlank > spaces {
                    throw error(.blockScalarLeadingBlank, at: widestLeadingBlankAt + spaces, ["width": .number(spaces - n)])
                }
                indent = spaces
            }
            guard let width = indent else { break }
            if blank && spaces <= width {
                result.lines.append(nil)
            } else if spaces >= width {
                result.lines.append((lineStart + width)..<end)
            } else {
                break
            }
            pos = min(end + 1, scalars.count)
        }
        return result
    }
}
