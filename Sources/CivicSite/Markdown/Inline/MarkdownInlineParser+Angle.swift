extension MarkdownInlineParser {
    /// `<` starts an autolink, raw HTML, or is just a character.
    mutating func handleLeftAngle() {
        if let close = Self.uriAutolinkEnd(bytes, at: pos, end: end) {
            addAutolink(url: Array(bytes[(pos + 1)..<close]), text: bytes[(pos + 1)..<close])
            pos = close + 1
        } else if let close = Self.emailAutolinkEnd(bytes, at: pos, end: end) {
            addAutolink(url: Array("mailto:".utf8) + bytes[(pos + 1)..<close], text: bytes[(pos + 1)..<close])
            pos = close + 1
        } else if let after = html.scan(bytes, at: pos, end: end) {
            let node = add(.inlineHTML)
            node.content = Array(bytes[pos..<after])
            pos = after
        } else {
            pos += 1
            addText(bytes[(pos - 1)..<pos])
        }
    }

    private mutating func addAutolink(url: [UInt8], text: ArraySlice<UInt8>) {
        let link = add(.link)
        link.url = url
        link.append(arena.text(Array(text)))
    }

    /// `<scheme:rest>`: the index of the closing `>`.
    static func uriAutolinkEnd(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        var i = start + 1
        guard i < end, MarkdownBytes.isLetter(bytes[i]) else { return nil }
        let schemeStart = i
        while i < end && (MarkdownBytes.isAlphanumeric(bytes[i]) || bytes[i] == UInt8(ascii: "+")
                          || bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "-")) {
            i += 1
        }
        let schemeLength = i - schemeStart
        guard schemeLength >= 2 && schemeLength <= 32, i < end, bytes[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        while i < end {
            let c = bytes[i]
            if c == UInt8(ascii: ">") { return i }
            if c <= 0x20 || c == UInt8(ascii: "<") || c == 0x7F { return nil }
            i += 1
        }
        return nil
    }

    /// `<user@example.com>`: the index of the closing `>`.
    static func emailAutolinkEnd(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        var i = start + 1
        let localStart = i
        while i < end && isEmailLocal(bytes[i]) { i += 1 }
        guard i > localStart, i < end, bytes[i] == UInt8(ascii: "@") else { return nil }
        i += 1
        while true {
            let labelStart = i
            while i < end && (MarkdownBytes.isAlphanumeric(bytes[i]) || bytes[i] == UInt8(ascii: "-")) && i - labelStart < 63 { i += 1 }
            guard i > labelStart, bytes[labelStart] != UInt8(ascii: "-"), bytes[i - 1] != UInt8(ascii: "-") else { return nil }
            guard i < end else { return nil }
            if bytes[i] == UInt8(ascii: ">") { return i }
            guard bytes[i] == UInt8(ascii: ".") else { return nil }
            i += 1
        }
    }

    static func isEmailLocal(_ c: UInt8) -> Bool {
        if MarkdownBytes.isAlphanumeric(c) { return true }
        switch c {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"),
             UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "/"),
             UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
             UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
