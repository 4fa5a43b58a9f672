/// CP932 (Windows Shift_JIS), the encoding Japanese Excel saves
/// 「CSV (コンマ区切り)」 in, decoded with a table generated from a standard
/// codec (`scripts/gen-cp932-table.py`), so that the NEC and IBM extensions
/// (①, ㈱, Ⅰ, 髙) and Microsoft's own mappings (0x8160 → ～) read the same
/// on every platform.
enum CP932Table {
    /// 60 lead bytes × 189 trail bytes; 0 where the pair is not a character.
    static let doubleByte: [UInt16] = {
        var table: [UInt16] = []
        table.reserveCapacity(packed.count * 189)
        for line in packed {
            var value: UInt16 = 0
            var digits = 0
            for byte in line.utf8 {
                let digit = byte <= 0x39 ? byte - 0x30 : byte - 0x37
                value = value << 4 | UInt16(digit)
                digits += 1
                if digits == 4 {
                    table.append(value)
                    value = 0
                    digits = 0
                }
            }
        }
        return table
    }()

    /// The position of a lead byte in the table, or nil when it is not one.
    static func leadIndex(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x81...0x9F: return Int(byte) - 0x81
        case 0xE0...0xFC: return Int(byte) - 0xE0 + 31
        default: return nil
        }
    }

    /// A byte pair, or nil when it is not a character of CP932.
    static func character(lead: UInt8, trail: UInt8) -> Unicode.Scalar? {
        guard let row = leadIndex(lead), (0x40...0xFC).contains(trail) else { return nil }
        let code = doubleByte[row * 189 + Int(trail) - 0x40]
        return code == 0 ? nil : Unicode.Scalar(code)
    }

    /// One byte alone: ASCII or half-width katakana.
    static func single(_ byte: UInt8) -> Unicode.Scalar? {
        switch byte {
        case 0x00...0x7F: return Unicode.Scalar(byte)
        case 0xA1...0xDF: return Unicode.Scalar(0xFF61 + UInt32(byte) - 0xA1)
        default: return nil
        }
    }

    /// The text of `bytes`, with the line and column (in characters) of
    /// every byte that is not a character; those become U+FFFD.
    static func decode(_ bytes: ArraySlice<UInt8>) -> (text: String, bad: [(line: Int, column: Int)]) {
        var scalars = String.UnicodeScalarView()
        var bad: [(line: Int, column: Int)] = []
        var line = 1, column = 1
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            var scalar: Unicode.Scalar
            if let s = single(byte) {
                scalar = s
                i += 1
            } else if leadIndex(byte) != nil, i + 1 < bytes.endIndex, let s = character(lead: byte, trail: bytes[i + 1]) {
                scalar = s
                i += 2
            } else {
                bad.append((line, column))
                scalar = "\u{FFFD}"
                // A lead byte takes its trail with it, so the next
                // character is still read as the writer meant it.
                i += leadIndex(byte) != nil && i + 1 < bytes.endIndex && bytes[i + 1] >= 0x40 ? 2 : 1
            }
            scalars.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else if scalar != "\r" { column += 1 }
        }
        return (String(scalars), bad)
    }
}
