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

extension SearchTermPostings {
    /// The `count` postings with the highest scores, still in record order;
    /// ties go to the earlier record so the output stays deterministic.
    func best(_ count: Int) -> SearchTermPostings {
        let keep = Set(documents.indices.sorted {
            (saturatedFrequencies[$0], documents[$1]) > (saturatedFrequencies[$1], documents[$0])
        }.prefix(count))
        var out = SearchTermPostings()
        var offset = 0
        for i in documents.indices {
            let start = offset
            if flags[i] & SearchPostingFlags.hasPositions != 0 {
                let n = SearchVarint.read(positionBytes, at: &offset) ?? 0
                for _ in 0..<n { _ = SearchVarint.read(positionBytes, at: &offset) }
            }
            guard keep.contains(i) else { continue }
            out.documents.append(documents[i])
            out.saturatedFrequencies.append(saturatedFrequencies[i])
            out.flags.append(flags[i])
            out.positionBytes += positionBytes[start..<offset]
        }
        return out
    }
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
