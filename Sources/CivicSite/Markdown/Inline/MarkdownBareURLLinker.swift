/// GFM extended autolinks: `https://…`, `http://…` and `www.…` typed
/// without angle brackets become links, as when text is pasted from an e-mail.
struct MarkdownBareURLLinker {
    let arena: MarkdownNodeArena

    /// Links bare URLs in the text of `block`, outside existing links and code.
    func link(in block: MarkdownNode) {
        var stack: [MarkdownNode] = [block]
        while let node = stack.popLast() {
            var child = node.firstChild
            while let current = child {
                child = current.next
                switch current.kind {
                case .text:
                    mergeFollowingText(into: current)
                    child = current.next
                    linkText(current)
                case .emphasis, .strong, .strikethrough:
                    stack.append(current)
                default:
                    break
                }
            }
        }
    }

    private func mergeFollowingText(into node: MarkdownNode) {
        while let next = node.next, next.kind == .text {
            node.content.append(contentsOf: next.content)
            next.unlink()
        }
    }

    /// Splits one text node around each URL it contains.
    private func linkText(_ node: MarkdownNode) {
        let text = node.content
        var i = 0
        var segmentStart = 0
        var current = node
        var pieces: [MarkdownNode] = []
        while i < text.count {
            guard let (urlEnd, prefix) = urlMatch(text, at: i) else {
                i += 1
                continue
            }
            if i > segmentStart { pieces.append(arena.text(Array(text[segmentStart..<i]))) }
            let link = arena.make(.link)
            link.url = prefix + text[i..<urlEnd]
            link.append(arena.text(Array(text[i..<urlEnd])))
            pieces.append(link)
            i = urlEnd
            segmentStart = urlEnd
        }
        guard !pieces.isEmpty else { return }
        if segmentStart < text.count { pieces.append(arena.text(Array(text[segmentStart...]))) }
        for piece in pieces {
            current.insertAfter(piece)
            current = piece
        }
        node.unlink()
    }

    private func urlMatch(_ text: [UInt8], at i: Int) -> (Int, [UInt8])? {
        let c = text[i]
        guard c == UInt8(ascii: "h") || c == UInt8(ascii: "w") || c == UInt8(ascii: "H") || c == UInt8(ascii: "W") else { return nil }
        if i > 0 {
            let p = text[i - 1]
            guard MarkdownBytes.isWhitespace(p) || p == UInt8(ascii: "(") || p == UInt8(ascii: "*")
                    || p == UInt8(ascii: "_") || p == UInt8(ascii: "~") || p >= 0x80 else { return nil }
        }
        var domainStart: Int
        var prefix: [UInt8] = []
        if hasPrefix(text, i, "https://") { domainStart = i + 8 }
        else if hasPrefix(text, i, "http://") { domainStart = i + 7 }
        else if hasPrefix(text, i, "www.") { domainStart = i; prefix = Array("http://".utf8) }
        else { return nil }
        var j = domainStart
        var dots = 0
        while j < text.count && (MarkdownBytes.isAlphanumeric(text[j]) || text[j] == UInt8(ascii: "-")
                                 || text[j] == UInt8(ascii: "_") || text[j] == UInt8(ascii: ".")) {
            if text[j] == UInt8(ascii: ".") { dots += 1 }
            j += 1
        }
        guard j > domainStart, dots >= 1 || prefix.isEmpty else { return nil }
        while j < text.count && !MarkdownBytes.isWhitespace(text[j]) && text[j] != UInt8(ascii: "<") && text[j] < 0x80 { j += 1 }
        let end = trimmedEnd(text, from: i, to: j)
        guard end > domainStart else { return nil }
        return (end, prefix)
    }

    /// Drops trailing punctuation and an unbalanced closing parenthesis, as GFM does.
    private func trimmedEnd(_ text: [UInt8], from start: Int, to end: Int) -> Int {
        var e = end
        var balance = 0  // closing minus opening parentheses in text[start..<e]
        for c in text[start..<end] {
            if c == UInt8(ascii: "(") { balance -= 1 } else if c == UInt8(ascii: ")") { balance += 1 }
        }
        while e > start {
            let c = text[e - 1]
            if c == UInt8(ascii: "?") || c == UInt8(ascii: "!") || c == UInt8(ascii: ".") || c == UInt8(ascii: ",")
                || c == UInt8(ascii: ":") || c == UInt8(ascii: "*") || c == UInt8(ascii: "_") || c == UInt8(ascii: "~")
                || c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
                e -= 1
            } else if c == UInt8(ascii: ")") && balance > 0 {
                balance -= 1
                e -= 1
            } else {
                break
            }
        }
        return e
    }

    private func hasPrefix(_ text: [UInt8], _ i: Int, _ prefix: String) -> Bool {
        MarkdownHTMLBlockScanner.hasPrefix(text, at: i, end: text.count, prefix)
    }
}
