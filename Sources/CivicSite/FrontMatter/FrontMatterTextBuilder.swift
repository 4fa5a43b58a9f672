/// Builds a string from Unicode scalars as UTF-8 bytes.
///
/// Appending to `String.UnicodeScalarView` goes through generic, slow
/// paths; encoding by hand keeps building a value a plain byte copy.
struct FrontMatterTextBuilder {
    private(set) var bytes: [UInt8] = []

    init() {}

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        append(contentsOf: scalars)
    }

    mutating func append(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            bytes.append(UInt8(value))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | (value >> 12)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        default:
            bytes.append(UInt8(0xF0 | (value >> 18)))
            bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    mutating func append<S: Sequence>(contentsOf scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars { append(scalar) }
    }

    /// No `reserveCapacity` here: reserving a little more on every call
    /// reallocates to exactly that size each time, so a value built from
    /// many lines would be copied once per line.
    mutating func append(contentsOf scalars: ArraySlice<Unicode.Scalar>) {
        for index in scalars.indices { append(scalars[index]) }
    }

    mutating func append(_ scalar: Unicode.Scalar, count: Int) {
        for _ in 0..<max(0, count) { append(scalar) }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
