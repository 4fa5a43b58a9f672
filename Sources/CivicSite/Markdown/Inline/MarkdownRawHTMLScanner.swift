/// Raw HTML recognisers (spec 6.6): open and closing tags, comments,
/// processing instructions, declarations and CDATA.
///
/// Remembers which closing sequences are absent from the rest of the
/// input, so that many unclosed `<!--` stay linear rather than rescanning.
struct MarkdownRawHTMLScanner {
    private var missing: Set<String> = []

    /// The index after the raw HTML that starts at `bytes[start]` (a `<`), if any.
    mutating func scan(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        let i = start + 1
        guard i < end else { return nil }
        let c = bytes[i]
        if c == UInt8(ascii: "!") {
            if MarkdownHTMLBlockScanner.hasPrefix(bytes, at: i + 1, end: end, "--") {
                let body = i + 3
                if MarkdownHTMLBlockScanner.hasPrefix(bytes, at: body, end: end, ">") { return body + 1 }
                if MarkdownHTMLBlockScanner.hasPrefix(bytes, at: body, end: end, "->") { return body + 2 }
                return find("-->", in: bytes, from: body, end: end)
            }
            if MarkdownHTMLBlockScanner.hasPrefix(bytes, at: i + 1, end: end, "[CDATA[") {
                return find("]]>", in: bytes, from: i + 8, end: end)
            }
            if i + 1 < end && MarkdownBytes.isLetter(bytes[i + 1]) {
                return find(">", in: bytes, from: i + 2, end: end)
            }
            return nil
        }
        if c == UInt8(ascii: "?") { return find("?>", in: bytes, from: i + 1, end: end) }
        return Self.tagEnd(bytes, at: start, end: end)
    }

    private mutating func find(_ needle: String, in bytes: [UInt8], from start: Int, end: Int) -> Int? {
        guard !missing.contains(needle) else { return nil }
        let n = Array(needle.utf8)
        var i = start
        while i + n.count <= end {
            if bytes[i] == n[0] {
                var k = 1
                while k < n.count && bytes[i + k] == n[k] { k += 1 }
                if k == n.count { return i + n.count }
            }
            i += 1
        }
        missing.insert(needle)
        return nil
    }

    /// An open tag `<name attr="v" />` or closing tag `</name >` at `start`: the index after `>`.
    static func tagEnd(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        var i = start + 1
        guard i < end else { return nil }
        let closing = bytes[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        guard i < end, MarkdownBytes.isLetter(bytes[i]) else { return nil }
        while i < end && (MarkdownBytes.isAlphanumeric(bytes[i]) || bytes[i] == UInt8(ascii: "-")) { i += 1 }
        if closing {
            while i < end && MarkdownBytes.isWhitespace(bytes[i]) { i += 1 }
            return i < end && bytes[i] == UInt8(ascii: ">") ? i + 1 : nil
        }
        while true {
            let spaceStart = i
            while i < end && MarkdownBytes.isWhitespace(bytes[i]) { i += 1 }
            guard i < end else { return nil }
            if bytes[i] == UInt8(ascii: ">") { return i + 1 }
            if bytes[i] == UInt8(ascii: "/") { return i + 1 < end && bytes[i + 1] == UInt8(ascii: ">") ? i + 2 : nil }
            guard i > spaceStart, isAttributeNameStart(bytes[i]) else { return nil }
            i += 1
            while i < end && isAttributeNameChar(bytes[i]) { i += 1 }
            var j = i
            while j < end && MarkdownBytes.isWhitespace(bytes[j]) { j += 1 }
            guard j < end, bytes[j] == UInt8(ascii: "=") else { continue }
            j += 1
            while j < end && MarkdownBytes.isWhitespace(bytes[j]) { j += 1 }
            guard j < end, let valueEnd = attributeValueEnd(bytes, at: j, end: end) else { return nil }
            i = valueEnd
        }
    }

    static func isAttributeNameStart(_ c: UInt8) -> Bool {
        MarkdownBytes.isLetter(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":")
    }

    static func isAttributeNameChar(_ c: UInt8) -> Bool {
        isAttributeNameStart(c) || MarkdownBytes.isDigit(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "-")
    }

    static func attributeValueEnd(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        let q = bytes[start]
        if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
            var i = start + 1
            while i < end && bytes[i] != q { i += 1 }
            return i < end ? i + 1 : nil
        }
        var i = start
        while i < end {
            let c = bytes[i]
            if MarkdownBytes.isWhitespace(c) || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "=")
                || c == UInt8(ascii: "<") || c == UInt8(ascii: ">") || c == UInt8(ascii: "`") { break }
            i += 1
        }
        return i > start ? i : nil
    }
}
