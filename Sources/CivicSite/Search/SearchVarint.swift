/// Unsigned LEB128, the integer encoding of the shard files: small numbers
/// (delta-encoded ids, positions) take one byte.
enum SearchVarint {
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        precondition(value >= 0, "varints are unsigned")
        var v = UInt64(value)
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Reads one varint at `offset`, advancing it; nil when the bytes end early.
    static func read(_ bytes: [UInt8], at offset: inout Int) -> Int? {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(result) }
            shift += 7
        }
        return nil
    }
}
