/// FNV-1a over UTF-8, 32 bits: picks a term's shard. `search-engine.js` computes the
/// same hash, so it must stay this simple.
enum SearchHash {
    static func fnv1a32(_ text: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash
    }
}
