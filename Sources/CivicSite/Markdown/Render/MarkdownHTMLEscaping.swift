/// Escaping for HTML text, attribute values and URLs.
enum MarkdownHTMLEscaping {
    static func escapeText(_ bytes: [UInt8], into out: inout [UInt8]) {
        var runStart = 0
        for i in 0..<bytes.count {
            let entity: StaticString
            switch bytes[i] {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            default: continue
            }
            if i > runStart { out.append(contentsOf: bytes[runStart..<i]) }
            out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            runStart = i + 1
        }
        if runStart < bytes.count { out.append(contentsOf: bytes[runStart...]) }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Characters kept as they are in an `href` or `src`; everything else is
    /// percent-encoded, so the attribute is valid and cannot be broken out of.
    @inline(__always) static func isURLSafe(_ c: UInt8) -> Bool {
        if MarkdownBytes.isAlphanumeric(c) { return true }
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "~"),
             UInt8(ascii: "*"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ";"),
             UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "="),
             UInt8(ascii: "+"), UInt8(ascii: "$"), UInt8(ascii: ","), UInt8(ascii: "#"), UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }

    static func escapeURL(_ bytes: [UInt8], into out: inout [UInt8]) {
        for c in bytes {
            if isURLSafe(c) {
                out.append(c)
            } else if c == UInt8(ascii: "&") {
                out.append(contentsOf: "&amp;".utf8)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(c >> 4)])
                out.append(hexDigits[Int(c & 0x0F)])
            }
        }
    }
}
