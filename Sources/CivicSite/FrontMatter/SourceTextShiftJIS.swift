/// Recognising Shift_JIS (and its Windows form CP932), the encoding older
/// Japanese editors save in, so the error can say what the file is.
enum SourceTextShiftJIS {
    /// True when every byte is ASCII, a half-width katakana byte, or part of
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
}
