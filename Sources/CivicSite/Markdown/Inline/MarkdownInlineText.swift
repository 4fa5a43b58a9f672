/// Text transformations shared by the block and inline parsers.
enum MarkdownInlineText {
    /// Resolves backslash escapes and entity references, as in link
    /// destinations, titles and code block info strings.
    static func unescaped(_ text: ArraySlice<UInt8>) -> [UInt8] {
        guard text.contains(UInt8(ascii: "\\")) || text.contains(UInt8(ascii: "&")) else { return Array(text) }
        let bytes = Array(text)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\\") && i + 1 < bytes.count && MarkdownBytes.isASCIIPunctuation(bytes[i + 1]) {
                out.append(bytes[i + 1])
                i += 2
            } else if c == UInt8(ascii: "&"), let (value, next) = MarkdownEntityTable.decode(bytes, at: i, end: bytes.count) {
                out.append(contentsOf: value)
                i = next
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// Link label matching: case-folded, inner whitespace collapsed to one space, trimmed.
    static func normalizedLabel(_ label: ArraySlice<UInt8>) -> [UInt8] {
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(label.count)
        var pendingSpace = false
        var ascii = true
        for c in label {
            if MarkdownBytes.isWhitespace(c) {
                pendingSpace = !collapsed.isEmpty
                continue
            }
            if pendingSpace { collapsed.append(MarkdownBytes.space); pendingSpace = false }
            if c >= 0x80 { ascii = false }
            collapsed.append(c)
        }
        if ascii {
            return collapsed.map { ($0 >= 0x61 && $0 <= 0x7A) ? $0 - 32 : $0 }
        }
        // Lowercasing then uppercasing approximates Unicode case folding (ẞ, ß and SS meet).
        return Array(String(decoding: collapsed, as: UTF8.self).lowercased().uppercased().utf8)
    }
}
