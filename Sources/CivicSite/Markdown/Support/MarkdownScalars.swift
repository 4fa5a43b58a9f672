/// Unicode classification for emphasis flanking and the Japanese rules.
enum MarkdownScalars {
    /// Decodes the scalar that starts at `index`, or nil at the end.
    static func scalar(in bytes: [UInt8], at index: Int, end: Int) -> Unicode.Scalar? {
        guard index < end else { return nil }
        let b0 = bytes[index]
        if b0 < 0x80 { return Unicode.Scalar(b0) }
        var value: UInt32
        var count: Int
        if b0 & 0xE0 == 0xC0 { value = UInt32(b0 & 0x1F); count = 1 }
        else if b0 & 0xF0 == 0xE0 { value = UInt32(b0 & 0x0F); count = 2 }
        else if b0 & 0xF8 == 0xF0 { value = UInt32(b0 & 0x07); count = 3 }
        else { return Unicode.Scalar(0xFFFD) }
        guard index + count < end + 1, index + count <= bytes.count else { return Unicode.Scalar(0xFFFD) }
        for k in 1...count { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
        return Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)
    }

    /// Decodes the scalar that ends just before `index`, or nil at `start`.
    static func scalar(in bytes: [UInt8], before index: Int, start: Int) -> Unicode.Scalar? {
        guard index > start else { return nil }
        var i = index - 1
        while i > start && bytes[i] & 0xC0 == 0x80 && index - i < 4 { i -= 1 }
        return scalar(in: bytes, at: i, end: index)
    }

    /// Unicode whitespace: the Zs category plus tab, line feed, form feed and carriage return.
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return MarkdownBytes.isWhitespace(UInt8(s.value)) }
        return s.properties.generalCategory == .spaceSeparator
    }

    /// Unicode punctuation: the P and S general categories.
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return MarkdownBytes.isASCIIPunctuation(UInt8(s.value)) }
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Han, kana, CJK punctuation and full-width forms: the characters
    /// between which Japanese puts no spaces.
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x3000 && v <= 0x30FF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF)
            || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFF00 && v <= 0xFFEF) || (v >= 0x31F0 && v <= 0x31FF)
            || (v >= 0xFE30 && v <= 0xFE4F) || (v >= 0x20000 && v <= 0x3FFFF)
    }

    /// Japanese punctuation such as 「」【】、。！ that the Japanese rules treat
    /// like letters when deciding whether `*` may open or close emphasis.
    static func isCJKPunctuation(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        guard (v > 0x3000 && v <= 0x303F) || (v >= 0xFF01 && v <= 0xFF65) || (v >= 0xFE30 && v <= 0xFE4F) || v == 0x30FB else {
            return false
        }
        return isPunctuation(s)
    }
}
