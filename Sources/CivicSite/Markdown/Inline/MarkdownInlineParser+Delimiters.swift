extension MarkdownInlineParser {
    mutating func handleDelimiterRun(_ c: UInt8) {
        let start = pos
        while pos < end && bytes[pos] == c { pos += 1 }
        let count = pos - start
        let (canOpen, canClose) = flanking(c, start: start, after: pos)
        let node = addText(bytes[start..<pos])
        guard canOpen || canClose, c != UInt8(ascii: "~") || count <= 2 else { return }
        delimiters.append(MarkdownDelimiter(node: node, char: c, count: count, originalCount: count,
                                            canOpen: canOpen, canClose: canClose, previous: lastDelimiter))
        let index = delimiters.count - 1
        if lastDelimiter >= 0 { delimiters[lastDelimiter].next = index }
        lastDelimiter = index
    }

    /// Left- and right-flanking rules (spec 6.2). With the Japanese rules,
    /// Japanese punctuation counts as a letter, and a CJK character outside
    /// the run may stand where the spec wants whitespace or punctuation,
    /// because Japanese puts no spaces around emphasised words.
    func flanking(_ c: UInt8, start: Int, after: Int) -> (Bool, Bool) {
        let before = MarkdownScalars.scalar(in: bytes, before: start, start: 0) ?? "\n"
        let next = MarkdownScalars.scalar(in: bytes, at: after, end: end) ?? "\n"
        let (beforeSpace, beforePunct) = classify(before)
        let (afterSpace, afterPunct) = classify(next)
        let beforeCJK = options.japanese && MarkdownScalars.isCJK(before)
        let afterCJK = options.japanese && MarkdownScalars.isCJK(next)
        let left = !afterSpace && (!afterPunct || beforeSpace || beforePunct || beforeCJK)
        let right = !beforeSpace && (!beforePunct || afterSpace || afterPunct || afterCJK)
        if c == UInt8(ascii: "_") {
            return (left && (!right || beforePunct), right && (!left || afterPunct))
        }
        return (left, right)
    }

    private func classify(_ s: Unicode.Scalar) -> (space: Bool, punctuation: Bool) {
        if MarkdownScalars.isWhitespace(s) { return (true, false) }
        guard MarkdownScalars.isPunctuation(s) else { return (false, false) }
        if options.japanese && MarkdownScalars.isCJKPunctuation(s) { return (false, false) }
        return (false, true)
    }

    mutating func removeDelimiter(_ index: Int) {
        let d = delimiters[index]
        if d.next >= 0 { delimiters[d.next].previous = d.previous }
        if d.previous >= 0 { delimiters[d.previous].next = d.next }
        if index == lastDelimiter { lastDelimiter = d.previous }
    }

    /// The spec's "process emphasis" over the delimiters above `stackBottom`.
    mutating func processEmphasis(stackBottom: Int) {
        guard lastDelimiter != stackBottom else { return }
        var openersBottom = [Int](repeating: stackBottom, count: 18)
        var closer = lastDelimiter
        while closer >= 0 && delimiters[closer].previous != stackBottom { closer = delimiters[closer].previous }
        while closer >= 0 {
            let cd = delimiters[closer]
            guard cd.canClose else {
                closer = cd.next
                continue
            }
            let charSlot = cd.char == UInt8(ascii: "*") ? 0 : cd.char == UInt8(ascii: "_") ? 1 : 2
            let key = charSlot * 6 + (cd.canOpen ? 3 : 0) + cd.originalCount % 3
            var opener = cd.previous
            var found = false
            while opener >= 0 && opener != stackBottom && opener != openersBottom[key] {
                let od = delimiters[opener]
                if od.canOpen && od.char == cd.char {
                    if cd.char == UInt8(ascii: "~") {
                        if od.count == cd.count { found = true; break }
                    } else {
                        let oddMatch = (cd.canOpen || od.canClose) && cd.originalCount % 3 != 0
                            && (od.originalCount + cd.originalCount) % 3 == 0
                        if !oddMatch { found = true; break }
                    }
                }
                opener = od.previous
            }
            if found {
                closer = insertEmphasis(opener: opener, closer: closer)
            } else {
                openersBottom[key] = cd.previous
                if !cd.canOpen { removeDelimiter(closer) }
                closer = cd.next
            }
        }
        while lastDelimiter >= 0 && lastDelimiter != stackBottom { removeDelimiter(lastDelimiter) }
    }

    /// Wraps the nodes between a matched opener and closer; returns the next closer to look at.
    private mutating func insertEmphasis(opener: Int, closer: Int) -> Int {
        let char = delimiters[opener].char
        let use: Int
        if char == UInt8(ascii: "~") {
            use = delimiters[closer].count
        } else {
            use = delimiters[closer].count >= 2 && delimiters[opener].count >= 2 ? 2 : 1
        }
        delimiters[opener].count -= use
        delimiters[closer].count -= use
        let openerNode = delimiters[opener].node
        let closerNode = delimiters[closer].node
        openerNode.content.removeLast(use)
        closerNode.content.removeLast(use)

        var between = delimiters[closer].previous
        while between >= 0 && between != opener {
            let previous = delimiters[between].previous
            removeDelimiter(between)
            between = previous
        }
        let kind: MarkdownNodeKind = char == UInt8(ascii: "~") ? .strikethrough : use == 2 ? .strong : .emphasis
        let emphasis = arena.make(kind)
        openerNode.moveFollowingSiblings(upTo: closerNode, into: emphasis)
        openerNode.insertAfter(emphasis)
        if delimiters[opener].count == 0 {
            openerNode.unlink()
            removeDelimiter(opener)
        }
        if delimiters[closer].count == 0 {
            let next = delimiters[closer].next
            closerNode.unlink()
            removeDelimiter(closer)
            return next
        }
        return closer
    }
}
