/// Every posting of the corpus, filed under its term while the records are
/// scanned, in a compact byte form: about 6 bytes a posting, where columns
/// in record order that were then sorted by term needed about 30 at the
/// peak — at 100,000 records most of the build's memory.
///
/// Each term's postings are a chain of slices in one pool of fixed pages
/// (a slice's last 4 bytes point to the next, and slices grow from 16 to
/// 256 bytes, so a rare term wastes little and a common one hops rarely).
/// Pages are never moved or regrown: the pool's peak is its size. A
/// posting is: varint gap from the term's previous record; a byte of
/// field mask (bits 0–4), `SearchPostingFlags` (5–6) and "positional" (7);
/// one frequency byte per field in the mask; for a bigram, the position
/// count and the low byte of each position.
struct SearchPostingLists {
    private static let pageShift = 20
    private static let pageSize = 1 << pageShift
    private static let sliceSizes = [16, 32, 64, 128, 256]

    private var pages: [[UInt8]] = []
    private var pageFill = SearchPostingLists.pageSize
    // Per term: its first slice, where its next byte goes, where the
    // current slice's link sits, the current slice's size class, its last
    // record and its posting count.
    private var first: [UInt32] = []
    private var writeAt: [UInt32] = []
    private var linkAt: [UInt32] = []
    private var level: [UInt8] = []
    private var lastDocument: [Int32] = []
    private(set) var counts: [Int32] = []
    private(set) var postingCount = 0
    /// Per record: the length of each field in scalars of normalised text.
    var fieldLengths: [SIMD8<Float>] = []

    var documentCount: Int { fieldLengths.count }

    init() {
        precondition(SearchField.allCases.count <= 5, "the field mask has five bits")
    }

    /// Files a posting of `term` in `document`; records come in increasing
    /// order, each term at most once per record.
    mutating func append(term: Int, document: Int32, info: UInt64, positions: UInt64) {
        while term >= first.count {
            let slice = allocate(Self.sliceSizes[0])
            first.append(slice)
            writeAt.append(slice)
            linkAt.append(slice + UInt32(Self.sliceSizes[0] - 4))
            level.append(0)
            lastDocument.append(0)
            counts.append(0)
        }
        var gap = UInt32(document - lastDocument[term])
        lastDocument[term] = document
        counts[term] += 1
        postingCount += 1
        while gap >= 0x80 {
            put(UInt8(gap & 0x7F) | 0x80, term)
            gap >>= 7
        }
        put(UInt8(gap), term)
        var mask: UInt8 = 0
        for field in 0..<SearchField.allCases.count where SearchPostingInfo.frequency(info, field) > 0 { mask |= 1 << field }
        let positional = info & SearchPostingInfo.positional != 0
        put(mask | SearchPostingInfo.flags(info) << 5 | (positional ? 0x80 : 0), term)
        for field in 0..<SearchField.allCases.count where mask & (1 << field) != 0 {
            put(UInt8(SearchPostingInfo.frequency(info, field)), term)
        }
        guard positional else { return }
        let count = SearchPostingInfo.positionCount(info)
        put(UInt8(count), term)
        for k in 0..<count {
            put(UInt8(truncatingIfNeeded: positions >> (UInt64(k) * SearchPostingInfo.positionBits)), term)
        }
    }

    /// The postings of `term`, with their saturated frequencies.
    func read(_ term: Int, into out: inout SearchTermPostings, scorer: SearchScorer) {
        out.removeAll()
        var at = first[term]
        var end = at + UInt32(Self.sliceSizes[0] - 4)
        var slice = 0
        func next() -> UInt8 {
            if at == end {
                at = link(at)
                slice = min(slice + 1, Self.sliceSizes.count - 1)
                end = at + UInt32(Self.sliceSizes[slice] - 4)
            }
            let value = byte(at: at)
            at += 1
            return value
        }
        var document: Int32 = 0
        for _ in 0..<Int(counts[term]) {
            var gap: UInt32 = 0, shift: UInt32 = 0
            while true {
                let byte = next()
                gap |= UInt32(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            document += Int32(gap)
            let head = next()
            var info = UInt64(head >> 5 & 3) << SearchPostingInfo.flagsShift
            for field in 0..<SearchField.allCases.count where head & (1 << field) != 0 {
                info |= UInt64(next()) << (UInt64(field) * SearchPostingInfo.fieldBits)
            }
            var positions: UInt64 = 0
            if head & 0x80 != 0 {
                let count = Int(next())
                info |= SearchPostingInfo.positional | UInt64(count) << SearchPostingInfo.positionCountShift
                for k in 0..<count { positions |= UInt64(next()) << (UInt64(k) * SearchPostingInfo.positionBits) }
            }
            out.documents.append(document)
            out.info.append(info)
            out.positions.append(positions)
            out.saturated.append(scorer.saturated(info, document: Int(document)))
        }
    }

    private mutating func put(_ byte: UInt8, _ term: Int) {
        var at = writeAt[term]
        if at == linkAt[term] {
            let nextLevel = min(Int(level[term]) + 1, Self.sliceSizes.count - 1)
            let size = Self.sliceSizes[nextLevel]
            let next = allocate(size)
            for k in 0..<4 { store(UInt8(truncatingIfNeeded: next >> (8 * UInt32(k))), at: at + UInt32(k)) }
            level[term] = UInt8(nextLevel)
            linkAt[term] = next + UInt32(size - 4)
            at = next
        }
        store(byte, at: at)
        writeAt[term] = at + 1
    }

    private mutating func store(_ byte: UInt8, at address: UInt32) {
        pages[Int(address >> UInt32(Self.pageShift))][Int(address) & (Self.pageSize - 1)] = byte
    }

    private func link(_ address: UInt32) -> UInt32 {
        var value: UInt32 = 0
        for k in 0..<4 { value |= UInt32(byte(at: address + UInt32(k))) << (8 * UInt32(k)) }
        return value
    }

    private func byte(at address: UInt32) -> UInt8 {
        pages[Int(address >> UInt32(Self.pageShift))][Int(address) & (Self.pageSize - 1)]
    }

    private mutating func allocate(_ size: Int) -> UInt32 {
        if pageFill + size > Self.pageSize {
            precondition(pages.count < 1 << (32 - Self.pageShift), "the posting pool holds at most 4 GiB")
            pages.append([UInt8](repeating: 0, count: Self.pageSize))
            pageFill = 0
        }
        let address = UInt32((pages.count - 1) << Self.pageShift + pageFill)
        pageFill += size
        return address
    }
}
