/// The postings of one term, in record order, read back from
/// `SearchPostingLists` into buffers reused from term to term.
struct SearchTermPostings {
    var documents: [Int32] = []
    /// `SearchPostingInfo` words.
    var info: [UInt64] = []
    /// Up to three positions, `SearchPostingInfo.positionBits` apart; only
    /// their low byte is kept, all the shard format stores.
    var positions: [UInt64] = []
    /// The saturated term frequency of each posting (`SearchScorer`).
    var saturated: [Float] = []

    var count: Int { documents.count }

    mutating func removeAll() {
        documents.removeAll(keepingCapacity: true)
        info.removeAll(keepingCapacity: true)
        positions.removeAll(keepingCapacity: true)
        saturated.removeAll(keepingCapacity: true)
    }
}
