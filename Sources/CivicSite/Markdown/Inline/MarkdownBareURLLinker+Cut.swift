/// Telling a URL cut short by Japanese text from one that simply ends there.
///
/// A bare URL stops at the first non-ASCII character, because Japanese
/// text usually follows a URL without a space (`https://example.jp。`,
/// `https://example.jp/をご覧ください`). That is wrong when the Japanese is
/// part of the URL: `https://ja.wikipedia.org/wiki/東京都` links only
/// `…/wiki/`. Such a URL needs `<…>` around it, which only its writer can
/// know, so the linker reports it and `check` suggests the brackets.
///
/// The rule, kept simple so that a warning is rarely wrong:
/// - the URL stopped at a Japanese (non-ASCII) letter or digit: a space,
///   `。`, `、`, `）`, `」` or any other punctuation or symbol ends a URL as
///   intended, and so does ASCII punctuation GFM leaves out of the link
///   (`https://example.jp/a.です` is not reported);
/// - the URL has a path or query beyond its host and an optional `/`:
///   `https://example.jp/です` and `https://example.jpです` are not reported
///   (a host with nothing after it is a whole address, and the Japanese is
///   prose), while `https://example.jp/wiki/東京都` and
///   `https://example.jp/search?q=東京` are.
extension MarkdownBareURLLinker {
    /// When the URL `text[start..<end]` was cut at Japanese text attached to
    /// its path: where the left-over part ends. The left-over part runs up
    /// to a space, a `<`, Japanese punctuation or the next `http`, less the
    /// trailing punctuation GFM would leave out of a link.
    func cut(_ text: [UInt8], url start: Int, end: Int) -> Int? {
        guard end < text.count, text[end] >= 0x80,
              let next = MarkdownScalars.scalar(in: text, at: end, end: text.count), Self.isLetterOrDigit(next),
              Self.hasPath(text, url: start, end: end) else { return nil }
        var j = end
        while j < text.count {
            let c = text[j]
            if c < 0x80 {
                if MarkdownBytes.isWhitespace(c) || c == UInt8(ascii: "<") { break }
                if (c == UInt8(ascii: "h") || c == UInt8(ascii: "H")) && hasPrefix(text, j, "http") { break }
                j += 1
            } else {
                guard let s = MarkdownScalars.scalar(in: text, at: j, end: text.count),
                      !MarkdownScalars.isWhitespace(s), !MarkdownScalars.isPunctuation(s) else { break }
                j += UTF8.width(s)
            }
        }
        let leftOverEnd = Self.trimmedEnd(text, from: end, to: j)
        return leftOverEnd > end ? leftOverEnd : nil
    }

    /// Whether `text[start..<end]`, a URL with a scheme, has more after its
    /// host than a port and one `/`.
    static func hasPath(_ text: [UInt8], url start: Int, end: Int) -> Bool {
        guard let colon = text[start..<end].firstIndex(of: UInt8(ascii: ":")) else { return false }
        var i = colon + 3  // after `://`
        while i < end && isDomainByte(text[i]) { i += 1 }
        if i < end && text[i] == UInt8(ascii: ":") {
            i += 1
            while i < end && MarkdownBytes.isDigit(text[i]) { i += 1 }
        }
        if i < end && text[i] == UInt8(ascii: "/") { i += 1 }
        return i < end
    }

    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
