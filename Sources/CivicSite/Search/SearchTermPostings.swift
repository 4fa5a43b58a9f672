/// The postings of one term while the index is being built, one column per
/// property so that tens of millions of postings stay compact.
struct SearchTermPostings {
    var documents: [Int32] = []
    /// The BM25F term-frequency part, before the term's IDF is known.
    var saturatedFrequencies: [Float] = []
    var flags: [UInt8] = []
    /// Per posting with `SearchPostingFlags.hasPositions`: a count then
    /// delta-encoded positions, as varints, in posting order.
    var positionBytes: [UInt8] = []
}

/// Bits of the flags byte of a posting in a shard file.
enum SearchPostingFlags {
    /// The bigram opens a run of Han characters in this record.
    static let startsHanRun: UInt8 = 1
    /// The bigram closes a run of Han characters in this record.
    static let endsHanRun: UInt8 = 2
    /// Positions follow the flags.
    static let hasPositions: UInt8 = 4
}
