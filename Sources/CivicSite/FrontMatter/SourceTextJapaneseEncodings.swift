/// Recognising the Japanese encodings older editors save in, so the error
/// can say what the file is: Shift_JIS (and its Windows form CP932) and
/// EUC-JP.
enum SourceTextJapaneseEncodings {
    /// Shift_JIS: true when every byte is ASCII, a half-width katakana byte, or part of
    /// a valid lead/trail pair, and there is at least one pair.
    static func looksLikeShiftJIS(_ bytes: ArraySlice<UInt8>) -> Bool {
        var pairs = 0
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            switch byte {
            case 0x00...0x7F, 0xA1...0xDF:
                i += 1
            case 0x81...0x9F, 0xE0...0xFC:
                guard i + 1 < bytes.endIndex, isTrail(bytes[i + 1]) else { return false }
                pairs += 1
                i += 2
            default:
                return false
            }
        }
        return pairs > 0
    }

    static func isTrail(_ byte: UInt8) -> Bool {
        (0x40...0x7E).contains(byte) || (0x80...0xFC).contains(byte)
    }

    /// EUC-JP: true when every byte is ASCII or part of an EUC-JP character (two
    /// bytes A1–FE, 8E and a half-width katakana byte, or 8F and two bytes
    /// A1–FE), with at least one. Shift_JIS kana and most kanji have a lead
    /// byte below A1, so Japanese text in Shift_JIS almost never fits.
    static func looksLikeEUCJP(_ bytes: ArraySlice<UInt8>) -> Bool {
        var characters = 0
        var i = bytes.startIndex
        func high(_ k: Int) -> Bool { k < bytes.endIndex && (0xA1...0xFE).contains(bytes[k]) }
        while i < bytes.endIndex {
            switch bytes[i] {
            case 0x00...0x7F:
                i += 1
                continue
            case 0xA1...0xFE where high(i + 1):
                i += 2
            case 0x8E where i + 1 < bytes.endIndex && (0xA1...0xDF).contains(bytes[i + 1]):
                i += 2
            case 0x8F where high(i + 1) && high(i + 2):
                i += 3
            default:
                return false
            }
            characters += 1
        }
        return characters > 0
    }
}
