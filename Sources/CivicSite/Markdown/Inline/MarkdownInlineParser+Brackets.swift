extension MarkdownInlineParser {
    mutating func pushBracket(_ node: MarkdownNode, isImage: Bool) {
        if !brackets.isEmpty { brackets[brackets.count - 1].bracketAfter = true }
        brackets.append(MarkdownBracket(node: node, position: pos, isImage: isImage, previousDelimiter: lastDelimiter))
    }

    private mutating func popBracket() {
        brackets.removeLast()
        activeLinksFrom = min(activeLinksFrom, brackets.count)
    }

    /// `]` closes the nearest `[` or `![` as a link or image if an inline
    /// destination or a known reference follows; otherwise it is text.
    mutating func handleCloseBracket() {
        pos += 1
        let afterClose = pos
        guard let opener = brackets.last else {
            addText(bytes[(afterClose - 1)..<afterClose])
            return
        }
        guard opener.isImage || brackets.count - 1 >= activeLinksFrom else {
            popBracket()
            addText(bytes[(afterClose - 1)..<afterClose])
            return
        }
        var target = inlineDestination(from: afterClose)
        if target == nil {
            pos = afterClose
            target = referenceTarget(opener: opener, afterClose: afterClose)
        }
        guard let (url, title) = target else {
            popBracket()
            pos = afterClose
            addText(bytes[(afterClose - 1)..<afterClose])
            return
        }
        let link = arena.make(opener.isImage ? .image : .link)
        link.url = url
        link.title = title
        // Where its `[` or `![` is in the block's content, mapped to the
        // source by the processor when positions are recorded.
        link.sourceOffset = opener.node.sourceOffset
        opener.node.moveFollowingSiblings(upTo: nil, into: link)
        opener.node.insertAfter(link)
        opener.node.unlink()
        processEmphasis(stackBottom: opener.previousDelimiter)
        popBracket()
        if !opener.isImage { activeLinksFrom = brackets.count }
    }

    /// `(destination "title")` right after the `]`; moves `pos` past it on success.
    private mutating func inlineDestination(from start: Int) -> ([UInt8], [UInt8])? {
        guard start < end, bytes[start] == UInt8(ascii: "(") else { return nil }
        var i = skipWhitespace(from: start + 1)
        var url: [UInt8] = []
        let afterDestination: Int
        if i < end && bytes[i] != UInt8(ascii: ")") {
            guard let (range, next) = MarkdownLinkScanner.destination(bytes, at: i, end: end) else { return nil }
            url = MarkdownInlineText.unescaped(bytes[range])
            afterDestination = next
        } else {
            afterDestination = i
        }
        i = skipWhitespace(from: afterDestination)
        var title: [UInt8] = []
        if i > afterDestination, let (range, next) = MarkdownLinkScanner.title(bytes, at: i, end: end) {
            title = MarkdownInlineText.unescaped(bytes[range])
            i = skipWhitespace(from: next)
        }
        guard i < end, bytes[i] == UInt8(ascii: ")") else { return nil }
        pos = i + 1
        return (url, title)
    }

    /// A full, collapsed or shortcut reference; moves `pos` past the label on success.
    private mutating func referenceTarget(opener: MarkdownBracket, afterClose: Int) -> ([UInt8], [UInt8])? {
        var label: ArraySlice<UInt8>? = nil
        var next = afterClose
        if let (range, after) = MarkdownLinkScanner.label(bytes, at: afterClose, end: end) {
            label = bytes[range]
            next = after
        } else if afterClose + 1 < end && bytes[afterClose] == UInt8(ascii: "[") && bytes[afterClose + 1] == UInt8(ascii: "]") {
            next = afterClose + 2
        }
        if label == nil {
            guard !opener.bracketAfter else { return nil }
            let text = bytes[opener.position..<(afterClose - 1)]
            guard text.count <= MarkdownLinkScanner.maxLabelLength else { return nil }
            label = text
        }
        guard let key = label, let reference = references[MarkdownInlineText.normalizedLabel(key)] else { return nil }
        pos = next
        return (reference.url, reference.title)
    }

    private func skipWhitespace(from start: Int) -> Int {
        var i = start
        while i < end && MarkdownBytes.isWhitespace(bytes[i]) { i += 1 }
        return i
    }
}
