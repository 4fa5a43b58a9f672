/// Which link and image destinations the safe mode lets through.
///
/// The scheme is read the way a lenient browser might: after decoding
/// entities and percent-escapes, dropping whitespace and control
/// characters anywhere, and ignoring case. So `jav&#x09;ascript:`,
/// `JAVASCRIPT:` and `java\nscript:` are all seen as `javascript:`.
enum MarkdownURLPolicy {
    static let allowedSchemes: Set<[UInt8]> = Set(["http", "https", "mailto", "tel"].map { Array($0.utf8) })
    static let externalSchemes: Set<[UInt8]> = Set(["http", "https"].map { Array($0.utf8) })

    /// Relative URLs, fragments and the allowed schemes.
    static func isAllowed(_ url: [UInt8]) -> Bool {
        guard let scheme = scheme(of: url) else { return true }
        return allowedSchemes.contains(scheme)
    }

    /// Links that leave the site: `http:`, `https:` and protocol-relative `//host`.
    static func isExternal(_ url: [UInt8]) -> Bool {
        let plain = normalized(url)
        if plain.starts(with: Array("//".utf8)) { return true }
        guard let scheme = scheme(of: url) else { return false }
        return externalSchemes.contains(scheme)
    }

    /// The lower-cased scheme, or nil for a relative URL.
    static func scheme(of url: [UInt8]) -> [UInt8]? {
        let plain = normalized(url)
        for (index, c) in plain.enumerated() {
            switch c {
            case UInt8(ascii: ":"): return Array(plain[..<index])
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "\\"): return nil
            default: continue
            }
        }
        return nil
    }

    static func normalized(_ url: [UInt8]) -> [UInt8] {
        var text = url
        // Twice, so that double encodings such as `&amp;#x09;` or `%2509` are seen through too.
        for _ in 0..<2 {
            text = percentDecoded(MarkdownInlineText.unescaped(text[...]))
        }
        return text.compactMap { c -> UInt8? in
            if c <= 0x20 || c == 0x7F { return nil }
            return MarkdownBytes.lowercased(c)
        }
    }

    static func percentDecoded(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "%")) else { return bytes }
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%") && i + 2 < bytes.count
                && MarkdownBytes.isHexDigit(bytes[i + 1]) && MarkdownBytes.isHexDigit(bytes[i + 2]) {
                out.append(UInt8(MarkdownBytes.hexValue(bytes[i + 1]) * 16 + MarkdownBytes.hexValue(bytes[i + 2])))
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }
}
