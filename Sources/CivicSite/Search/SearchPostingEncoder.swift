/// Writes the postings of one term in the shard format (`SearchShardWriter`)
/// and picks the best-scoring ones for a head.
struct SearchPostingEncoder {
    /// The term's postings; indices below are into these.
    var postings = SearchTermPostings()
    /// The term's IDF times the index-wide scale to 255.
    var factor: Float = 0

    func impact(_ i: Int) -> UInt8 {
        UInt8(max(1, min(255, (postings.saturated[i] * factor).rounded())))
    }

    /// The `count` best-scoring indices of `range`, in record order; ties go
    /// to the earlier record so the output stays deterministic.
    func best(_ count: Int, of range: Range<Int>) -> [Int] {
        let saturated = postings.saturated
        let threshold = saturated[range].sorted(by: >)[count - 1]
        var out: [Int] = []
        out.reserveCapacity(count)
        for i in range where saturated[i] > threshold { out.append(i) }
        for i in range where out.count < count && saturated[i] == threshold { out.append(i) }
        return out.sorted()
    }

    /// `varint (count << 1 | positional)`, then per posting: varint gap from
    /// the previous record, one byte impact and, for bigrams, one byte of
    /// flags and position count then one byte per position (modulo 256: the
    /// client only asks whether two bigrams are adjacent).
    func encode(_ list: [Int], into out: inout [UInt8]) {
        let positional = list.first.map { postings.info[$0] & SearchPostingInfo.positional != 0 } ?? false
        SearchVarint.append(list.count << 1 | (positional ? 1 : 0), to: &out)
        var previous: Int32 = 0
        for i in list {
            let document = postings.documents[i]
            SearchVarint.append(Int(document - previous), to: &out)
            previous = document
            out.append(impact(i))
            guard positional else { continue }
            let info = postings.info[i]
            let count = SearchPostingInfo.positionCount(info)
            out.append(SearchPostingInfo.flags(info) | UInt8(count << 2))
            let positions = postings.positions[i]
            for k in 0..<count {
                out.append(UInt8(truncatingIfNeeded: positions >> (UInt64(k) * SearchPostingInfo.positionBits)))
            }
        }
    }
}
