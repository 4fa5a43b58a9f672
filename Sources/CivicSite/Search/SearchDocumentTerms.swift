/// The terms of one record with their frequency per field, gathered before
/// they join the index.
struct SearchDocumentTerms {
    struct Entry {
        var frequencies = SIMD8<UInt16>()
        var positions = SIMD8<Int32>()
        var positionCount = 0
        var flags: UInt8 = 0
    }

    var entries: [String: Entry] = [:]
    /// Length of each field in Unicode scalars of normalised text.
    var fieldLengths = SIMD8<Float>()

    init() {}

    init(_ document: SearchDocument, options: SearchIndexOptions) {
        var base = 0
        for field in SearchField.allCases {
            let text = SearchNormalizer.normalize(field.text(of: document))
            let length = text.unicodeScalars.count
            fieldLengths[field.rawValue] = Float(length)
            for token in SearchTokenizer.tokenize(text) {
                add(token, field: field, base: base, options: options)
            }
            // The gap keeps the last bigram of a field from looking adjacent
            // to the first of the next.
            base += length + 2
        }
    }

    private mutating func add(_ token: SearchToken, field: SearchField, base: Int, options: SearchIndexOptions) {
        var entry = entries[token.term] ?? Entry()
        entry.frequencies[field.rawValue] &+= 1
        if token.kind == .bigram {
            entry.flags |= SearchPostingFlags.hasPositions
            if token.startsHanRun { entry.flags |= SearchPostingFlags.startsHanRun }
            if token.endsHanRun { entry.flags |= SearchPostingFlags.endsHanRun }
            if entry.positionCount < min(options.maximumPositions, 8) {
                entry.positions[entry.positionCount] = Int32(base + token.position)
                entry.positionCount += 1
            }
        }
        entries[token.term] = entry
        if token.kind == .word {
            addPrefixes(of: token.term, field: field, options: options)
        }
    }

    /// `volunteer` also files under `v*`, `vo*` … `voluntee*`, so that a
    /// prefix typed in the box is an ordinary term lookup in one shard.
    private mutating func addPrefixes(of word: String, field: SearchField, options: SearchIndexOptions) {
        var prefix = String.UnicodeScalarView()
        let scalars = Array(word.unicodeScalars)
        for scalar in scalars.prefix(min(scalars.count - 1, options.maximumPrefixLength)) {
            prefix.append(scalar)
            entries[String(prefix) + "*", default: Entry()].frequencies[field.rawValue] &+= 1
        }
    }
}
