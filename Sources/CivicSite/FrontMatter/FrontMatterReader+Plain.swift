/// Plain (unquoted) scalars, possibly folded over several lines.
extension FrontMatterReader {
    /// Reads a plain scalar at the cursor. Continuation lines must be
    /// indented deeper than the parent block collection in column `n`.
    /// In flow context the scalar also stops at `,` `[` `]` `{` `}`.
    mutating func parsePlain(parentIndent n: Int, flow: Bool) throws -> FrontMatterNode {
        let start = pos
        try checkPlainStart(flow: flow)
        var (end, stop) = scanPlainLine(from: start, flow: flow)
        if end == start {
            throw error(.unexpectedCharacter, at: start, ["char": .text(String(scalars[start]))])
        }
        var folded = FrontMatterTextBuilder()
        folded.append(contentsOf: scalars[start..<end])
        var rawEnd = end
        while at(stop) == "\n" {
            guard let (segment, breaks) = continuation(after: stop, parentIndent: n, flow: flow) else { break }
            (end, stop) = scanPlainLine(from: segment, flow: flow)
            if end == segment { break }
            if !flow && at(stop) == ":" && scalars[segment] == "\u{3000}" {
                throw error(.fullWidthSpaceInIndentation, at: segment)
            }
            if !flow && at(stop) == ":" {
                throw error(.badKeyIndentation, at: segment,
                            ["key": .text(text(segment..<end)), "line": .number(location(start).line)])
            }
            if breaks == 0 {
                folded.append(" ")
            } else {
                folded.append("\n", count: breaks)
            }
            folded.append(contentsOf: scalars[segment..<end])
            rawEnd = end
        }
        pos = rawEnd
        let raw = text(start..<rawEnd)
        let value = folded.string
        guard let resolved = FrontMatterScalarResolver.resolve(value) else {
            // No advice to quote it: a key that needs a number would then
            // report text instead, sending the editor round in a circle.
            throw error(.numberTooLarge, at: start, ["number": .text(value)])
        }
        return FrontMatterNode(resolved, at: location(start), style: .plain, raw: raw)
    }

    /// Where a plain scalar may start: not on an indicator, except `-` `?`
    /// `:` followed by a character that can continue it.
    func checkPlainStart(flow: Bool) throws {
        guard let c = current else { return }
        let next = at(pos + 1)
        let safeNext = !Self.isWhiteOrEnd(next) && !(flow && Self.isFlowIndicator(next))
        switch c {
        case "-", "?", ":":
            if safeNext { return }
        case ",", "[", "]", "{", "}", "#", "|", ">", "\"", "'":
            break
        default:
            return
        }
        throw error(.unexpectedCharacter, at: pos, ["char": .text(String(c))])
    }

    /// Scans one line of a plain scalar from `index`; returns the end of its
    /// text (trailing blanks excluded) and where the scan stopped.
    func scanPlainLine(from index: Int, flow: Bool) -> (end: Int, stop: Int) {
        var p = index
        while let c = at(p), c != "\n" {
            if c == ":" {
                let next = at(p + 1)
                if Self.isWhiteOrEnd(next) || (flow && Self.isFlowIndicator(next)) { break }
            } else if c == "#" {
                if p > index && Self.isBlank(at(p - 1)) { break }
            } else if flow && Self.isFlowIndicator(c) {
                break
            }
            p += 1
        }
        var end = p
        while end > index && Self.isBlank(at(end - 1)) { end -= 1 }
        return (end, p)
    }

    /// After the line break at `lineBreak`, finds the next line that
    /// continues a plain scalar; returns where its text starts and how many
    /// blank lines came before it, or nil when the scalar ends.
    func continuation(after lineBreak: Int, parentIndent n: Int, flow: Bool) -> (Int, Int)? {
        var p = lineBreak + 1
        var breaks = 0
        while true {
            let lineStart = p
            while at(p) == " " { p += 1 }
            let indent = p - lineStart
            while Self.isBlank(at(p)) { p += 1 }
            guard let c = at(p) else { return nil }
            if c == "\n" {
                breaks += 1
                p += 1
                continue
            }
            if indent <= n || c == "#" { return nil }
            if flow && (Self.isFlowIndicator(c) || c == ":") { return nil }
            return (p, breaks)
        }
    }
}
