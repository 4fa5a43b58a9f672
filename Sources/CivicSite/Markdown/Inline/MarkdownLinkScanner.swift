/// Link labels, destinations and titles (spec 6.3 and 4.7), shared by
/// inline links and link reference definitions.
enum MarkdownLinkScanner {
    static let maxLabelLength = 999

    /// `[label]` at `start`: the range inside the brackets and the index after `]`.
    static func label(_ bytes: [UInt8], at start: Int, end: Int) -> (Range<Int>, Int)? {
        guard start < end, bytes[start] == UInt8(ascii: "[") else { return nil }
        var i = start + 1
        var hasContent = false
        while i < end {
            let c = bytes[i]
            if c == UInt8(ascii: "\\") && i + 1 < end && MarkdownBytes.isASCIIPunctuation(bytes[i + 1]) {
                i += 2
                hasContent = true
            } else if c == UInt8(ascii: "[") {
                return nil
            } else if c == UInt8(ascii: "]") {
                return hasContent ? (start + 1..<i, i + 1) : nil
            } else {
                if !MarkdownBytes.isWhitespace(c) { hasContent = true }
                i += 1
            }
            if i - start - 1 > maxLabelLength { return nil }
        }
        return nil
    }

    /// A destination at `start`: `<...>` or a run without spaces and with
    /// balanced parentheses. Returns the raw range (escapes unresolved) and the next index.
    static func destination(_ bytes: [UInt8], at start: Int, end: Int) -> (Range<Int>, Int)? {
        guard start < end else { return nil }
        if bytes[start] == UInt8(ascii: "<") {
            var i = start + 1
            while i < end {
                let c = bytes[i]
                if c == UInt8(ascii: "\\") && i + 1 < end && MarkdownBytes.isASCIIPunctuation(bytes[i + 1]) {
                    i += 2
                    continue
                }
                if c == UInt8(ascii: ">") { return (start + 1..<i, i + 1) }
                if c == UInt8(ascii: "<") || MarkdownBytes.isLineEnd(c) { return nil }
                i += 1
            }
            return nil
        }
        var i = start
        var depth = 0
        while i < end {
            let c = bytes[i]
            if c == UInt8(ascii: "\\") && i + 1 < end && MarkdownBytes.isASCIIPunctuation(bytes[i + 1]) {
                i += 2
                continue
            }
            if c <= 0x20 || c == 0x7F { break }
            if c == UInt8(ascii: "(") {
                depth += 1
                if depth > 32 { return nil }
            } else if c == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            }
            i += 1
        }
        guard i > start, depth == 0 else { return nil }
        return (start..<i, i)
    }

    /// A title at `start` in `"..."`, `'...'` or `(...)`: the raw inner range and the next index.
    static func title(_ bytes: [UInt8], at start: Int, end: Int) -> (Range<Int>, Int)? {
        guard start < end else { return nil }
        let open = bytes[start]
        let close: UInt8
        switch open {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): close = open
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        default: return nil
        }
        var i = start + 1
        while i < end {
            let c = bytes[i]
            if c == UInt8(ascii: "\\") && i + 1 < end && MarkdownBytes.isASCIIPunctuation(bytes[i + 1]) {
                i += 2
                continue
            }
            if c == close { return (start + 1..<i, i + 1) }
            if open == UInt8(ascii: "(") && c == UInt8(ascii: "(") { return nil }
            i += 1
        }
        return nil
    }

    /// Spaces and tabs, with at most one line ending among them.
    static func skipSpacesAndOneNewline(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var i = start
        var newlines = 0
        while i < end {
            let c = bytes[i]
            if MarkdownBytes.isSpaceOrTab(c) {
                i += 1
            } else if c == MarkdownBytes.newline && newlines == 0 {
                newlines += 1
                i += 1
            } else {
                break
            }
        }
        return i
    }

    /// `[label]: destination "title"` at `start` of a paragraph's raw text:
    /// the normalised label, the reference and where the next line starts.
    static func referenceDefinition(_ bytes: [UInt8], at start: Int) -> ([UInt8], MarkdownReference, Int)? {
        let end = bytes.count
        guard let (labelRange, afterLabel) = label(bytes, at: start, end: end) else { return nil }
        guard afterLabel < end, bytes[afterLabel] == UInt8(ascii: ":") else { return nil }
        let destStart = skipSpacesAndOneNewline(bytes, from: afterLabel + 1, end: end)
        guard let (destRange, afterDest) = destination(bytes, at: destStart, end: end) else { return nil }
        let key = MarkdownInlineText.normalizedLabel(bytes[labelRange])
        let url = MarkdownInlineText.unescaped(bytes[destRange])

        let titleStart = skipSpacesAndOneNewline(bytes, from: afterDest, end: end)
        if titleStart > afterDest, let (titleRange, afterTitle) = title(bytes, at: titleStart, end: end),
           let next = lineEndAfterSpaces(bytes, from: afterTitle) {
            return (key, MarkdownReference(url: url, title: MarkdownInlineText.unescaped(bytes[titleRange])), next)
        }
        guard let next = lineEndAfterSpaces(bytes, from: afterDest) else { return nil }
        return (key, MarkdownReference(url: url, title: []), next)
    }

    /// The start of the next line if only spaces or tabs remain on this one.
    static func lineEndAfterSpaces(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i < bytes.count && MarkdownBytes.isSpaceOrTab(bytes[i]) { i += 1 }
        if i == bytes.count { return i }
        return bytes[i] == MarkdownBytes.newline ? i + 1 : nil
    }
}
