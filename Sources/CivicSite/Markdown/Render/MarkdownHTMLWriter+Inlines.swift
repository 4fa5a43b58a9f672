extension MarkdownHTMLWriter {
    mutating func enterInline(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .text:
            MarkdownHTMLEscaping.escapeText(node.content, into: &output)
        case .softBreak:
            if !(options.japanese && node.joinsCJK) { output.append(MarkdownBytes.newline) }
        case .hardBreak:
            put("<br />\n")
        case .code:
            put("<code>")
            MarkdownHTMLEscaping.escapeText(node.content, into: &output)
            put("</code>")
        case .inlineHTML:
            if options.trusted {
                output.append(contentsOf: node.content)
            } else {
                MarkdownHTMLEscaping.escapeText(node.content, into: &output)
            }
        case .emphasis: put("<em>"); return true
        case .strong: put("<strong>"); return true
        case .strikethrough: put("<del>"); return true
        case .link:
            node.isSuppressed = !options.trusted && !MarkdownURLPolicy.isAllowed(node.url)
            guard !node.isSuppressed else { return true }
            put("<a href=\"")
            MarkdownHTMLEscaping.escapeURL(node.url, into: &output)
            put("\"")
            writeTitle(node)
            if !options.trusted && MarkdownURLPolicy.isExternal(node.url) { put(" rel=\"noopener\"") }
            put(">")
            return true
        case .image:
            node.isSuppressed = !options.trusted && !MarkdownURLPolicy.isAllowed(node.url)
            plainRoot = node
            guard !node.isSuppressed else { return true }
            put("<img src=\"")
            MarkdownHTMLEscaping.escapeURL(node.url, into: &output)
            put("\" alt=\"")
            return true
        default:
            return true
        }
        return false
    }

    mutating func exitInline(_ node: MarkdownNode) {
        switch node.kind {
        case .emphasis: put("</em>")
        case .strong: put("</strong>")
        case .strikethrough: put("</del>")
        case .link: if !node.isSuppressed { put("</a>") }
        default: break
        }
    }

    mutating func writeTitle(_ node: MarkdownNode) {
        guard !node.title.isEmpty else { return }
        put(" title=\"")
        MarkdownHTMLEscaping.escapeText(node.title, into: &output)
        put("\"")
    }

    /// Inside an image's alt text only the characters are written.
    mutating func enterPlain(_ node: MarkdownNode) -> Bool {
        switch node.kind {
        case .text, .code, .inlineHTML:
            MarkdownHTMLEscaping.escapeText(node.content, into: &output)
            return false
        case .softBreak, .hardBreak:
            output.append(MarkdownBytes.space)
            return false
        default:
            return true
        }
    }

    mutating func exitPlainRoot(_ node: MarkdownNode) {
        plainRoot = nil
        guard !node.isSuppressed else { return }
        put("\"")
        writeTitle(node)
        put(" />")
    }

    /// The text of a heading without markup, for its id.
    static func plainText(of node: MarkdownNode) -> String {
        var bytes: [UInt8] = []
        var stack: [MarkdownNode] = []
        var child = node.lastChild
        while let c = child { stack.append(c); child = c.previous }
        while let current = stack.popLast() {
            switch current.kind {
            case .text, .code: bytes.append(contentsOf: current.content)
            case .softBreak, .hardBreak: bytes.append(MarkdownBytes.space)
            default:
                var inner = current.lastChild
                while let c = inner { stack.append(c); inner = c.previous }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
