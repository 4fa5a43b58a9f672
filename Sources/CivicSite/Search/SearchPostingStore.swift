/// Every posting of the corpus in record order, one column per property,
/// as `SearchDocumentScanner` appends them: about 20 bytes a posting, where
/// a dictionary of structs per record cost several times that.
struct SearchPostingStore {
    /// The term id of each posting.
    var terms: [Int32] = []
    /// Per posting: the frequency in each `SearchField` (a byte each, low
    /// byte first, saturating at 255), then `SearchPostingInfo` bits.
    var info: [UInt64] = []
    /// Per posting: up to three positions of 21 bits, first in the low bits.
    var positions: [UInt64] = []
    /// Per record: the index after its last posting.
    var documentEnds: [Int32] = []
    /// Per record: the length of each field in scalars of normalised text.
    var fieldLengths: [SIMD8<Float>] = []

    var documentCount: Int { documentEnds.count }
}

/// The bits of `SearchPostingStore.info` above the frequencies.
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
