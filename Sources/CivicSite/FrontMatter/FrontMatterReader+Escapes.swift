/// Backslash escapes of double-quoted scalars.
extension FrontMatterReader {
    private static let simpleEscapes: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "\u{0}", "a": "\u{7}", "b": "\u{8}", "t": "\t", "\t": "\t",
        "n": "\n", "v": "\u{B}", "f": "\u{C}", "r": "\r", "e": "\u{1B}",
        " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}",
        "_": "\u{A0}", "L": "\u{2028}", "P": "\u{2029}",
    ]

    /// Reads the escape whose backslash is at the cursor.
    mutating func readEscape(into out: inout FrontMatterTextBuilder, open: Int, parentIndent n: Int) throws {
        let backslash = pos
        guard let code = at(pos + 1) else { throw unterminated(open) }
        if code == "\n" {
            // An escaped line break joins the lines without a space; blank
            // lines after it still count as line feeds.
            pos += 1
            let breaks = try skipQuotedLineBreak(open: open, parentIndent: n)
            out.append("\n", count: breaks)
            return
        }
        if let simple = Self.simpleEscapes[code] {
            try rejectControl(simple, written: text(backslash..<(pos + 2)), at: backslash)
            out.append(simple)
            pos += 2
            return
        }
        let digits: Int
        switch code {
        case "x": digits = 2
        case "u": digits = 4
        case "U": digits = 8
        default:
            throw error(.unknownEscape, at: backslash, ["escape": .text("\\" + String(code))])
        }
        var value: UInt32 = 0
        for offset in 0..<digits {
            guard let digit = at(pos + 2 + offset), let hex = Self.hexValue(digit) else {
                let written = text(backslash..<min(pos + 2 + offset + 1, lineEnd(from: backslash)))
                throw error(.escapeNeedsHexDigits, at: backslash,
                            ["escape": .text(written), "count": .number(digits), "code": .text(String(code))])
            }
            value = value * 16 + hex
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error(.escapeNotACharacter, at: backslash, ["escape": .text(text(backslash..<(pos + 2 + digits)))])
        }
        try rejectControl(scalar, written: text(backslash..<(pos + 2 + digits)), at: backslash)
        out.append(scalar)
        pos += 2 + digits
    }

    /// Control characters other than tab and line breaks are refused even
    /// when escaped, as they are when typed: no page, feed or calendar can
    /// show them, and XML forbids most of them.
    private func rejectControl(_ scalar: Unicode.Scalar, written: String, at offset: Int) throws {
        guard scalar.properties.generalCategory == .control, scalar != "\t", scalar != "\n", scalar != "\r" else { return }
        throw error(.escapeGivesControl, at: offset, ["escape": .text(written), "code": .text(Self.codePoint(scalar))])
    }

    static func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c.value {
        case 0x30...0x39: return c.value - 0x30
        case 0x41...0x46: return c.value - 0x41 + 10
        case 0x61...0x66: return c.value - 0x61 + 10
        default: return nil
        }
    }
}
