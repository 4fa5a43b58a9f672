/// Encodes the inverted index as shard files.
///
/// A shard is: varint term count, then per term in UTF-8 byte order: varint
/// byte length, the UTF-8 term, varint posting count, then per posting:
/// varint gap from the previous record number (the first from 0), one byte
/// impact, one byte `SearchPostingFlags`, and when the flags say so a varint
/// count and varint gaps of positions.
enum SearchShardWriter {
    static func shards(_ index: SearchInvertedIndex, options: SearchIndexOptions) -> [[UInt8]] {
        var encoded: [(term: String, bytes: [UInt8])] = []
        var total = 0
        for term in index.terms {
            let bytes = encode(term)
            total += bytes.count
            encoded.append((term.term, bytes))
        }
        var count = 1
        while total / count > max(options.targetShardBytes, 1), count < 1 << 16 { count *= 2 }
        var buckets = [[(term: String, bytes: [UInt8])]](repeating: [], count: count)
        for entry in encoded {
            buckets[Int(SearchHash.fnv1a32(entry.term) % UInt32(count))].append(entry)
        }
        return buckets.map { bucket in
            var out: [UInt8] = []
            SearchVarint.append(bucket.count, to: &out)
            for entry in bucket.sorted(by: { Array($0.term.utf8).lexicographicallyPrecedes(Array($1.term.utf8)) }) {
                out += entry.bytes
            }
            return out
        }
    }

    static func encode(_ term: SearchInvertedIndex.Term) -> [UInt8] {
        var out: [UInt8] = []
        let utf8 = Array(term.term.utf8)
        SearchVarint.append(utf8.count, to: &out)
        out += utf8
        let postings = term.postings
        SearchVarint.append(postings.documents.count, to: &out)
        var previous: Int32 = 0
        var positionOffset = 0
        for i in postings.documents.indices {
            SearchVarint.append(Int(postings.documents[i] - previous), to: &out)
            previous = postings.documents[i]
            out.append(term.impacts[i])
            out.append(postings.flags[i])
            if postings.flags[i] & SearchPostingFlags.hasPositions != 0 {
                let start = positionOffset
                let n = SearchVarint.read(postings.positionBytes, at: &positionOffset) ?? 0
                for _ in 0..<n { _ = SearchVarint.read(postings.positionBytes, at: &positionOffset) }
                out += postings.positionBytes[start..<positionOffset]
            }
        }
        return out
    }
}
