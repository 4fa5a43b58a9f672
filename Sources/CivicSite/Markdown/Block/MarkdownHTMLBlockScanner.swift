/// The seven kinds of HTML block start and their end conditions (spec 4.6).
enum MarkdownHTMLBlockScanner {
    static let rawTextTags: [[UInt8]] = ["script", "pre", "style", "textarea"].map { Array($0.utf8) }

    static let blockTags: Set<[UInt8]> = Set([
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ].map { Array($0.utf8) })

    /// The block type (1–7) that starts at `bytes[start]` (a `<`), if any.
    static func startType(_ bytes: [UInt8], at start: Int, end: Int, canInterruptParagraph: Bool) -> Int? {
        var i = start + 1
        guard i < end else { return nil }
        if bytes[i] == UInt8(ascii: "!") {
            if hasPrefix(bytes, at: i + 1, end: end, "--") { return 2 }
            if hasPrefix(bytes, at: i + 1, end: end, "[CDATA[") { return 5 }
            if i + 1 < end && MarkdownBytes.isLetter(bytes[i + 1]) { return 4 }
            return nil
        }
        if bytes[i] == UInt8(ascii: "?") { return 3 }
        let closing = bytes[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        var nameEnd = i
        while nameEnd < end && (MarkdownBytes.isAlphanumeric(bytes[nameEnd]) || bytes[nameEnd] == UInt8(ascii: "-")) {
            nameEnd += 1
        }
        guard nameEnd > i, MarkdownBytes.isLetter(bytes[i]) else { return nil }
        let name = bytes[i..<nameEnd].map(MarkdownBytes.lowercased)
        let after: UInt8 = nameEnd < end ? bytes[nameEnd] : MarkdownBytes.newline
        if !closing && rawTextTags.contains(name)
            && (MarkdownBytes.isWhitespace(after) || after == UInt8(ascii: ">")) {
            return 1
        }
        if blockTags.contains(name) {
            if MarkdownBytes.isWhitespace(after) || after == UInt8(ascii: ">") { return 6 }
            if after == UInt8(ascii: "/") && nameEnd + 1 < end && bytes[nameEnd + 1] == UInt8(ascii: ">") { return 6 }
            return nil
        }
        guard !canInterruptParagraph else { return nil }
        guard let tagEnd = MarkdownRawHTMLScanner.tagEnd(bytes, at: start, end: end) else { return nil }
        if rawTextTags.contains(name) { return nil }
        return MarkdownBytes.isBlank(bytes, from: tagEnd, to: end) ? 7 : nil
    }

    /// Whether the line closes a block of `type` (types 6 and 7 end at a blank line instead).
    static func endsBlock(type: Int, _ bytes: [UInt8], from start: Int, end: Int) -> Bool {
        switch type {
        case 1:
            for tag in ["</script>", "</pre>", "</style>", "</textarea>"] where containsCaseless(bytes, from: start, end: end, tag) {
                return true
            }
            return false
        case 2: return containsCaseless(bytes, from: start, end: end, "-->")
        case 3: return containsCaseless(bytes, from: start, end: end, "?>")
        case 4: return containsCaseless(bytes, from: start, end: end, ">")
        case 5: return containsCaseless(bytes, from: start, end: end, "]]>")
        default: return false
        }
    }

    static func hasPrefix(_ bytes: [UInt8], at start: Int, end: Int, _ prefix: String) -> Bool {
        var i = start
        for p in prefix.utf8 {
            guard i < end, MarkdownBytes.lowercased(bytes[i]) == MarkdownBytes.lowercased(p) else { return false }
            i += 1
        }
        return true
    }

    static func containsCaseless(_ bytes: [UInt8], from start: Int, end: Int, _ needle: String) -> Bool {
        let first = MarkdownBytes.lowercased(needle.utf8.first!)
        var i = start
        while i < end {
            if MarkdownBytes.lowercased(bytes[i]) == first && hasPrefix(bytes, at: i, end: end, needle) { return true }
            i += 1
        }
        return false
    }
}
