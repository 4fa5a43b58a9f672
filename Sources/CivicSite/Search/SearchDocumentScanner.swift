/// Normalises and tokenises records straight into term ids and postings,
/// reusing its buffers from one record to the next: the tokens are those of
/// `SearchTokenizer`, without a `String` per token.
struct SearchDocumentScanner {
    var terms = SearchTermTable()
    var lists = SearchPostingLists()
    let maximumPositions: Int
    let maximumPrefixLength: Int
    /// Spellings of `SearchVariantTable` by first scalar, and each group's term.
    let variants: [UInt32: [(form: [UInt32], isWord: Bool, group: Int)]]
    let variantTerms: [[UInt8]]

    private var text: [UInt32] = []
    private var classes: [SearchCharacterClass] = []
    private var key: [UInt8] = []
    private var keyLength = 0
    // Which entry of the current record holds a term: valid when
    // `lastDocument[term]` is the current record.
    private var lastDocument: [Int32] = []
    private var entryOfTerm: [Int32] = []
    private var entryTerms: [Int32] = []
    private var entryInfo: [UInt64] = []
    private var entryPositions: [UInt64] = []
    private var document: Int32 = -1

    init(options: SearchIndexOptions) {
        maximumPositions = min(max(options.maximumPositions, 0), SearchPostingInfo.maximumPositions)
        maximumPrefixLength = options.maximumPrefixLength
        variants = options.variants.lookup()
        variantTerms = options.variants.groups.map { Array(SearchVariantTable.term(of: $0).utf8) }
        let longest = max(SearchTokenizer.maximumWordLength + 1, variantTerms.map(\.count).max() ?? 0)
        key = [UInt8](repeating: 0, count: 4 * longest)
    }

    mutating func add(_ record: SearchDocument) {
        document += 1
        entryTerms.removeAll(keepingCapacity: true)
        entryInfo.removeAll(keepingCapacity: true)
        entryPositions.removeAll(keepingCapacity: true)
        var lengths = SIMD8<Float>()
        var base = 0
        for field in SearchField.allCases {
            SearchNormalizer.normalize(field.text(of: record), into: &text)
            lengths[field.rawValue] = Float(text.count)
            classes.removeAll(keepingCapacity: true)
            for value in text { classes.append(SearchCharacterClass(Unicode.Scalar(value)!)) }
            scan(field: field.rawValue, base: base)
            if !variants.isEmpty { scanVariants(field: field.rawValue) }
            // The gap keeps the last bigram of a field from looking adjacent
            // to the first of the next.
            base += text.count + 2
        }
        for entry in 0..<entryTerms.count {
            lists.append(term: Int(entryTerms[entry]), document: document, info: entryInfo[entry], positions: entryPositions[entry])
        }
        lists.fieldLengths.append(lengths)
    }

    private mutating func scan(field: Int, base: Int) {
        var i = 0
        let n = text.count
        while i < n {
            let start = i
            if classes[i].isCJK {
                while i < n, classes[i].isCJK { i += 1 }
                for j in start..<i {
                    if classes[j] == .han {
                        setKey(j..<j + 1)
                        count(field: field)
                    }
                    guard j + 1 < i else { continue }
                    let bothHan = classes[j] == .han && classes[j + 1] == .han
                    var flags: UInt8 = 0
                    if bothHan && (j == start || classes[j - 1] != .han) { flags |= SearchPostingFlags.startsHanRun }
                    if bothHan && (j + 2 == i || classes[j + 2] != .han) { flags |= SearchPostingFlags.endsHanRun }
                    setKey(j..<j + 2)
                    count(field: field, position: base + j, flags: flags)
                }
            } else if classes[i] == .word {
                while i < n, classes[i] == .word { i += 1 }
                guard i - start <= SearchTokenizer.maximumWordLength else { continue }
                setKey(start..<i)
                count(field: field)
                // `volunteer` also files under `v*`, `vo*` … `voluntee*`, so
                // a prefix typed in the box is an ordinary term lookup.
                for end in (start + 1)..<max(start + 1, min(i, start + 1 + maximumPrefixLength)) {
                    setKey(start..<end)
                    key[keyLength] = 0x2A
                    keyLength += 1
                    count(field: field)
                }
            } else {
                i += 1
            }
        }
    }

    /// Counts a variant group's term once per spelling found in the field:
    /// anywhere in Japanese text, as a whole word in Latin text (npo, not
    /// the npo of npos).
    private mutating func scanVariants(field: Int) {
        let n = text.count
        for i in 0..<n {
            // Each group once per place, its longest spelling there: 障がい者スポーツ
            // counts for パラスポーツ and for 障がい.
            var counted: [Int] = []
            for candidate in variants[text[i]] ?? [] where candidate.form.count <= n - i && !counted.contains(candidate.group) {
                let form = candidate.form
                var same = true
                for k in 1..<form.count where text[i + k] != form[k] { same = false; break }
                guard same else { continue }
                if candidate.isWord, (i > 0 && classes[i - 1] == .word) || (i + form.count < n && classes[i + form.count] == .word) {
                    continue
                }
                let term = variantTerms[candidate.group]
                for (k, byte) in term.enumerated() { key[k] = byte }
                keyLength = term.count
                count(field: field)
                counted.append(candidate.group)
            }
        }
    }

    private mutating func setKey(_ range: Range<Int>) {
        keyLength = 0
        for i in range {
            let v = text[i]
            if v < 0x80 {
                key[keyLength] = UInt8(v); keyLength += 1
            } else if v < 0x800 {
                key[keyLength] = UInt8(0xC0 | (v >> 6)); key[keyLength + 1] = UInt8(0x80 | (v & 0x3F)); keyLength += 2
            } else if v < 0x10000 {
                key[keyLength] = UInt8(0xE0 | (v >> 12)); key[keyLength + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                key[keyLength + 2] = UInt8(0x80 | (v & 0x3F)); keyLength += 3
            } else {
                key[keyLength] = UInt8(0xF0 | (v >> 18)); key[keyLength + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                key[keyLength + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); key[keyLength + 3] = UInt8(0x80 | (v & 0x3F))
                keyLength += 4
            }
        }
    }

    /// Counts the term in `key` once in `field`; a position makes it a
    /// bigram, which keeps its first positions and Han-run flags.
    private mutating func count(field: Int, position: Int? = nil, flags: UInt8 = 0) {
        let term = Int(terms.intern(key, keyLength))
        if term == lastDocument.count {
            lastDocument.append(-1)
            entryOfTerm.append(0)
        }
        let entry: Int
        if lastDocument[term] == document {
            entry = Int(entryOfTerm[term])
        } else {
            lastDocument[term] = document
            entry = entryTerms.count
            entryOfTerm[term] = Int32(entry)
            entryTerms.append(Int32(term))
            entryInfo.append(0)
            entryPositions.append(0)
        }
        var info = entryInfo[entry]
        let shift = UInt64(field) * SearchPostingInfo.fieldBits
        if (info >> shift) & 0xFF < 0xFF { info += 1 << shift }
        if let position {
            info |= SearchPostingInfo.positional | (UInt64(flags) << SearchPostingInfo.flagsShift)
            let stored = SearchPostingInfo.positionCount(info)
            if stored < maximumPositions {
                let value = UInt64(min(position, Int(SearchPostingInfo.positionMask)))
                entryPositions[entry] |= value << (UInt64(stored) * SearchPostingInfo.positionBits)
                info += 1 << SearchPostingInfo.positionCountShift
            }
        }
        entryInfo[entry] = info
    }
}
