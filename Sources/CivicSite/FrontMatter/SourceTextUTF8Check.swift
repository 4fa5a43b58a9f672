/// Finds the first byte sequence that is not well-formed UTF-8, with the
/// line and column an editor would show for it.
enum SourceTextUTF8Check {
    struct Failure: Equatable {
        /// The offset of the first byte of the bad sequence in the data.
        var offset: Int
        var line: Int
        /// 1-based, counting the Unicode scalars before it on its line.
        var column: Int
    }

    static func firstInvalid(in bytes: [UInt8], from start: Int) -> Failure? {
        var line = 1
        var column = 1
        var i = start
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 {
                // CRLF counts as one line break, as after normalisation.
                if lead == 0x0A && !(i > start && bytes[i - 1] == 0x0D) || lead == 0x0D {
                    line += 1
                    column = 1
                } else if lead != 0x0A {
                    column += 1
                }
                i += 1
                continue
            }
            let length = sequenceLength(bytes, at: i)
            if length == 0 { return Failure(offset: i, line: line, column: column) }
            i += length
            column += 1
        }
        return nil
    }

    /// The length of the well-formed sequence at `i`, or 0 if there is none.
    static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
        let lead = bytes[i]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return 0
        }
        guard i + length <= bytes.count, secondRange.contains(bytes[i + 1]) else { return 0 }
        for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return 0 }
        return length
    }
}
