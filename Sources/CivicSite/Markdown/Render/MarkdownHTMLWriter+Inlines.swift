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
            if let file = localFile(node, isImage: false) {
                MarkdownHTMLEscaping.escapeURL(Array(file.url.utf8) + MarkdownFileLinks.fragment(of: node.url), into: &output)
                if !file.linkSuffix.isEmpty { linkSuffixes[ObjectIdentifier(node)] = file.linkSuffix }
            } else {
                MarkdownHTMLEscaping.escapeURL(node.url, into: &output)
            }
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
            imageFile = localFile(node, isImage: true)
            MarkdownHTMLEscaping.escapeURL(imageFile.map { Array($0.url.utf8) } ?? node.url, into: &output)
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
        case .link:
            guard !node.isSuppressed else { break }
            if let suffix = linkSuffixes.removeValue(forKey: ObjectIdentifier(node)) {
                MarkdownHTMLEscaping.escapeText(Array(suffix.utf8), into: &output)
            }
            put("</a>")
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
        if files != nil {
            // The size keeps the text from jumping while the picture loads.
            if let file = imageFile, let width = file.width, let height = file.height {
                put(" width=\"\(width)\" height=\"\(height)\"")
            }
            put(" loading=\"lazy\" decoding=\"async\"")
        }
        imageFile = nil
        put(" />")
    }

    /// The file a link or image names, asked of `files` and recorded for
    /// the build's checks; nil when it names none or `files` is not set.
    mutating func localFile(_ node: MarkdownNode, isImage: Bool) -> MarkdownLocalFile? {
        guard let files, let name = MarkdownFileLinks.fileName(of: node.url, isImage: isImage) else { return nil }
        fileReferences.append(MarkdownFileReference(offset: Int(node.sourceOffset), name: name, isImage: isImage,
                                                    text: Self.plainText(of: node)))
        return files.resolve(name, isImage)
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
