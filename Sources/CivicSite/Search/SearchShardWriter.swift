/// Groups the encoded terms of `SearchInvertedIndex` into shard files.
///
/// `shards/<n>.bin` holds the heads of the terms whose FNV-1a hash modulo
/// the shard count is `n`: varint term count, then per term in UTF-8 byte
/// order: varint byte length, the UTF-8 term, varint document frequency (of
/// the whole list), then the head postings (`SearchPostingEncoder`).
/// `tails/<n>.bin` holds, for the terms of hash modulo the tail count `n`
/// whose list is longer than their head, the remaining postings: varint
/// term count, then per term: varint byte length, the term, the postings.
/// A query reads heads first and a tail only when it needs every match.
enum SearchShardWriter {
    static func shards(_ index: SearchInvertedIndex, options: SearchIndexOptions) -> (heads: [[UInt8]], tails: [[UInt8]]) {
        let heads = group(index, index.heads, index.headStarts, target: options.targetShardBytes)
        let tails = group(index, index.tails, index.tailStarts, target: options.targetTailBytes)
        return (heads, tails)
    }

    static func fileCount(total: Int, target: Int) -> Int {
        var count = 1
        while total / count > max(target, 1), count < 1 << 16 { count *= 2 }
        return count
    }

    private static func group(_ index: SearchInvertedIndex, _ bytes: [UInt8], _ starts: [Int], target: Int) -> [[UInt8]] {
        let count = fileCount(total: bytes.count, target: target)
        var buckets = [[Int]](repeating: [], count: count)
        for t in 0..<index.terms.count where starts[t + 1] > starts[t] {
            buckets[Int(index.terms.hashes[t] % UInt32(count))].append(t)
        }
        return buckets.map { bucket in
            var out: [UInt8] = []
            SearchVarint.append(bucket.count, to: &out)
            for t in bucket.sorted(by: { index.terms.term($0).lexicographicallyPrecedes(index.terms.term($1)) }) {
                out += bytes[starts[t]..<starts[t + 1]]
            }
            return out
        }
    }
}
