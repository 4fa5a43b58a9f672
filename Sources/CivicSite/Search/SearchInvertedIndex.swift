import Foundation

/// Every term of the corpus with its scored postings, before the split into
/// shards.
struct SearchInvertedIndex {
    struct Term {
        var term: String
        var postings: SearchTermPostings
        /// One byte per posting: the BM25F score scaled so that the highest
        /// score of the whole index is 255, and never below 1.
        var impacts: [UInt8]
    }

    var terms: [Term] = []
    var partialTerms: [String] = []

    init(_ documents: [SearchDocument], options: SearchIndexOptions) {
        var lookup: [String: Int] = [:]
        var postings: [SearchTermPostings] = []
        var perDocument: [SearchDocumentTerms] = []
        perDocument.reserveCapacity(documents.count)
        var totals = SIMD8<Float>()
        for document in documents {
            let terms = SearchDocumentTerms(document, options: options)
            totals += terms.fieldLengths
            perDocument.append(terms)
        }
        let count = Float(max(documents.count, 1))
        let averages = totals / count
        for (number, document) in perDocument.enumerated() {
            for (term, entry) in document.entries {
                let slot: Int
                if let existing = lookup[term] {
                    slot = existing
                } else {
                    slot = postings.count
                    lookup[term] = slot
                    postings.append(SearchTermPostings())
                }
                postings[slot].documents.append(Int32(number))
                postings[slot].saturatedFrequencies.append(Self.saturated(entry, lengths: document.fieldLengths, averages: averages))
                postings[slot].flags.append(entry.flags)
                if entry.flags & SearchPostingFlags.hasPositions != 0 {
                    Self.appendPositions(entry, to: &postings[slot].positionBytes)
                }
            }
            perDocument[number] = SearchDocumentTerms()  // frees the memory as we go
        }
        score(lookup: lookup, postings: postings, documentCount: documents.count, options: options)
    }

    /// BM25F: field frequencies weighted and length-normalised, then
    /// saturated with k1; the IDF comes once the document frequency is known.
    static func saturated(_ entry: SearchDocumentTerms.Entry, lengths: SIMD8<Float>, averages: SIMD8<Float>) -> Float {
        var weighted = 0.0
        for field in SearchField.allCases {
            let tf = Double(entry.frequencies[field.rawValue])
            guard tf > 0 else { continue }
            let average = Double(averages[field.rawValue])
            let ratio = average > 0 ? Double(lengths[field.rawValue]) / average : 1
            let b = field.lengthNormalisation
            weighted += field.weight * tf / (1 - b + b * ratio)
        }
        let k1 = SearchIndexBuilder.k1
        return Float(weighted * (k1 + 1) / (weighted + k1))
    }

    static func appendPositions(_ entry: SearchDocumentTerms.Entry, to bytes: inout [UInt8]) {
        SearchVarint.append(entry.positionCount, to: &bytes)
        var previous: Int32 = 0
        for i in 0..<entry.positionCount {
            SearchVarint.append(Int(entry.positions[i] - previous), to: &bytes)
            previous = entry.positions[i]
        }
    }

    private mutating func score(lookup: [String: Int], postings: [SearchTermPostings], documentCount: Int, options: SearchIndexOptions) {
        let n = Double(documentCount)
        var scored: [(term: String, postings: SearchTermPostings, scores: [Float])] = []
        var highest: Float = 0
        for (term, slot) in lookup {
            var list = postings[slot]
            let df = Double(list.documents.count)
            let idf = Float(log(1 + (n - df + 0.5) / (df + 0.5)))
            if documentCount >= options.partialTermMinimumDocuments, df > options.partialTermRatio * n,
               list.documents.count > options.partialPostings {
                partialTerms.append(term)
                list = list.best(options.partialPostings)
            }
            let scores = list.saturatedFrequencies.map { $0 * idf }
            highest = max(highest, scores.max() ?? 0)
            scored.append((term, list, scores))
        }
        partialTerms.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let scale = highest > 0 ? 255 / highest : 0
        terms = scored.map { entry in
            let impacts = entry.scores.map { UInt8(max(1, min(255, ($0 * scale).rounded()))) }
            return Term(term: entry.term, postings: entry.postings, impacts: impacts)
        }
    }
}
