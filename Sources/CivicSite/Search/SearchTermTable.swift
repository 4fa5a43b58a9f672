/// Interns terms, given as UTF-8 bytes, to dense integer ids, so the index
/// builder handles each distinct term's text once instead of once per
/// occurrence.
///
/// Open addressing over one byte arena: no `String` and no per-term
/// allocation. Ids are given in order of first appearance, which is
/// deterministic because records are read in order.
struct SearchTermTable {
    /// Term `i` is `bytes[starts[i] ..< starts[i + 1]]`.
    private(set) var bytes: [UInt8] = []
    private(set) var starts: [Int32] = [0]
    /// FNV-1a of each term: picks its shard, as `search-engine.js` does.
    private(set) var hashes: [UInt32] = []
    private var slots = [Int32](repeating: -1, count: 1024)

    var count: Int { hashes.count }

    func term(_ id: Int) -> ArraySlice<UInt8> {
        bytes[Int(starts[id])..<Int(starts[id + 1])]
    }

    func string(_ id: Int) -> String {
        String(decoding: term(id), as: UTF8.self)
    }

    /// The id of `key[0 ..< length]`, adding it when new.
    mutating func intern(_ key: [UInt8], _ length: Int) -> Int32 {
        var hash: UInt32 = 0x811C_9DC5
        for i in 0..<length { hash = (hash ^ UInt32(key[i])) &* 0x0100_0193 }
        let mask = slots.count - 1
        // FNV's low bits are weak for short keys; mix before probing.
        var slot = Int((hash ^ (hash >> 15)) &* 0x2C1B_3C6D) & mask
        while true {
            let id = slots[slot]
            if id < 0 { break }
            if hashes[Int(id)] == hash, equals(Int(id), key, length) { return id }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        slots[slot] = id
        hashes.append(hash)
        for i in 0..<length { bytes.append(key[i]) }
        starts.append(Int32(bytes.count))
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    private func equals(_ id: Int, _ key: [UInt8], _ length: Int) -> Bool {
        let start = Int(starts[id])
        guard Int(starts[id + 1]) - start == length else { return false }
        for i in 0..<length where bytes[start + i] != key[i] { return false }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for id in 0..<hashes.count {
            let hash = hashes[id]
            var slot = Int((hash ^ (hash >> 15)) &* 0x2C1B_3C6D) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
