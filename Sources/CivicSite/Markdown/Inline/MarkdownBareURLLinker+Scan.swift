/// Recognising bare URLs and e-mail addresses in a run of text.
extension MarkdownBareURLLinker {
    /// A URL starting at `i`: where it ends, and what to put before it in
    /// the link (`http://` for `www.`).
    func urlMatch(_ text: [UInt8], at i: Int) -> (Int, [UInt8])? {
        let c = text[i]
        guard c == UInt8(ascii: "h") || c == UInt8(ascii: "w") || c == UInt8(ascii: "H") || c == UInt8(ascii: "W") else { return nil }
        if i > 0 {
            let p = text[i - 1]
            if japanese {
                // Staff write `URL:https://…` and `HP：https://…` with no space.
                guard !MarkdownBytes.isAlphanumeric(p) else { return nil }
            } else {
                guard MarkdownBytes.isWhitespace(p) || p == UInt8(ascii: "(") || p == UInt8(ascii: "*")
                        || p == UInt8(ascii: "_") || p == UInt8(ascii: "~") || p >= 0x80 else { return nil }
            }
        }
        var domainStart: Int
        var prefix: [UInt8] = []
        if hasPrefix(text, i, "https://") { domainStart = i + 8 }
        else if hasPrefix(text, i, "http://") { domainStart = i + 7 }
        else if !japanese && hasPrefix(text, i, "www.") { domainStart = i; prefix = Array("http://".utf8) }
        else { return nil }
        var j = domainStart
        var dots = 0
        while j < text.count && Self.isDomainByte(text[j]) {
            if text[j] == UInt8(ascii: ".") { dots += 1 }
            j += 1
        }
        guard j > domainStart, dots >= 1 || prefix.isEmpty else { return nil }
        while j < text.count && !MarkdownBytes.isWhitespace(text[j]) && text[j] != UInt8(ascii: "<") && text[j] < 0x80 { j += 1 }
        let end = Self.trimmedEnd(text, from: i, to: j)
        guard end > domainStart else { return nil }
        return (end, prefix)
    }

    @inline(__always) static func isDomainByte(_ c: UInt8) -> Bool {
        MarkdownBytes.isAlphanumeric(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
    }

    /// Drops trailing punctuation and an unbalanced closing parenthesis, as GFM does.
    static func trimmedEnd(_ text: [UInt8], from start: Int, to end: Int) -> Int {
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

    /// GFM's extended e-mail autolink around the `@` at `at`: a local part
    /// of `[A-Za-z0-9._+-]` (not reaching back before `from`), then a domain
    /// of `[A-Za-z0-9_-]` labels joined by dots, at least one dot, not ending
    /// in `-` or `_`; a final dot stays outside. Japanese text may touch
    /// either end: `メール：info@example.jp。`.
    func emailMatch(_ text: [UInt8], at position: Int, from: Int) -> (Int, Int)? {
        var start = position
        while start > from && Self.isEmailLocalByte(text[start - 1]) { start -= 1 }
        guard start < position else { return nil }
        var j = position + 1
        var labelStart = j
        var dots = 0
        while j < text.count {
            let c = text[j]
            if MarkdownBytes.isAlphanumeric(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") {
                j += 1
            } else if c == UInt8(ascii: "."), j > labelStart, j + 1 < text.count, Self.isEmailDomainByte(text[j + 1]) {
                dots += 1
                j += 1
                labelStart = j
            } else {
                break
            }
        }
        guard j > labelStart, dots >= 1, text[j - 1] != UInt8(ascii: "-"), text[j - 1] != UInt8(ascii: "_") else { return nil }
        return (start, j)
    }

    @inline(__always) static func isEmailLocalByte(_ c: UInt8) -> Bool {
        MarkdownBytes.isAlphanumeric(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "+")
            || c == UInt8(ascii: "-")
    }

    @inline(__always) static func isEmailDomainByte(_ c: UInt8) -> Bool {
        MarkdownBytes.isAlphanumeric(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
    }

    func hasPrefix(_ text: [UInt8], _ i: Int, _ prefix: String) -> Bool {
        MarkdownHTMLBlockScanner.hasPrefix(text, at: i, end: text.count, prefix)
    }
}
