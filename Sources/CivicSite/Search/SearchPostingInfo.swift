/// The bits of a posting's `info` word as `SearchDocumentScanner` counts
/// them: the frequency in each `SearchField` (a byte each, low byte first,
/// saturating at 255), then these.
enum SearchPostingInfo {
    static let fieldBits: UInt64 = 8
    /// `SearchPostingFlags` sit here, shifted.
    static let flagsShift: UInt64 = 40
    static let positionCountShift: UInt64 = 42
    static let positional: UInt64 = 1 << 44
    static let positionBits: UInt64 = 21
    static let positionMask: UInt64 = (1 << 21) - 1
    static let maximumPositions = 3

    static func frequency(_ info: UInt64, _ field: Int) -> UInt64 {
        (info >> (UInt64(field) * fieldBits)) & 0xFF
    }

    static func flags(_ info: UInt64) -> UInt8 {
        UInt8((info >> flagsShift) & 3)
    }

    static func positionCount(_ info: UInt64) -> Int {
        Int((info >> positionCountShift) & 3)
    }
}
