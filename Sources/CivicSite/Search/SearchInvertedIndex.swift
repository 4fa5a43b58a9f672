import Foundation

/// Every term of the corpus with its scored postings, encoded term by term
/// into a head (the best-scoring postings) and a tail (the rest), ready to
/// be grouped into shard files by `SearchShardWriter`.
struct SearchInvertedIndex {
    var terms: SearchTermTable
    /// Per term: the encoded head entry, `heads[headStarts[t] ..< headStarts[t + 1]]`.
    var heads: [UInt8] = []
    var headStarts: [Int] = [0]
    /// Per term: the encoded tail entry, empty when the head holds everything.
    var tails: [UInt8] = []
    var tailStarts: [Int] = [0]
    var partialTerms: [String] = []

    init(_ documents: [SearchDocument], options: SearchIndexOptions) {
        var scanner = SearchDocumentScanner(options: options)
        for document in documents { scanner.add(document) }
        terms = scanner.terms
        var store = scanner.store
        scanner = SearchDocumentScanner(options: options)  // frees the buffers
        let termCount = terms.count
        let documentCount = store.documentCount

        // Group the postings by term (a counting sort keeps record order
        // within each term), remembering each posting's record.
        var termEnds = [Int](repeating: 0, count: termCount + 1)
        for term in store.terms { termEnds[Int(term) + 1] += 1 }
        for t in 0..<termCount { termEnds[t + 1] += termEnds[t] }
        var cursor = termEnds
        var order = [Int32](repeating: 0, count: store.terms.count)
        var orderDocument = [Int32](repeating: 0, count: store.terms.count)
        var posting = 0
        for d in 0..<documentCount {
            let end = Int(store.documentEnds[d])
            while posting < end {
                let t = Int(store.terms[posting])
                order[cursor[t]] = Int32(posting)
                orderDocument[cursor[t]] = Int32(d)
                cursor[t] += 1
                posting += 1
            }
        }
        store.terms = []
        cursor = []

        // The saturated term frequency of each posting, in term order: the
        // IDF and the scale to 255 multiply it once they are known.
        let scorer = SearchScorer(store, documentCount: documentCount)
        var saturated = [Float](repeating: 0, count: order.count)
        var idf = [Float](repeating: 0, count: termCount)
        var highest: Float = 0
        for t in 0..<termCount {
            idf[t] = scorer.idf(documentFrequency: termEnds[t + 1] - termEnds[t])
            var best: Float = 0
            for i in termEnds[t]..<termEnds[t + 1] {
                saturated[i] = scorer.saturated(Int(order[i]), document: Int(orderDocument[i]))
                best = max(best, saturated[i])
            }
            highest = max(highest, best * idf[t])
        }
        let scale = highest > 0 ? 255 / highest : 0
        var encoder = SearchPostingEncoder(store: store, order: order, documents: orderDocument, saturated: saturated)
        var isPartial = [Bool](repeating: false, count: termCount)
        var inHead = [Bool](repeating: false, count: order.count)
        for t in 0..<termCount {
            let range = termEnds[t]..<termEnds[t + 1]
            let df = range.count
            if documentCount >= options.partialTermMinimumDocuments, Double(df) > options.partialTermRatio * Double(documentCount),
               df > options.partialPostings {
                isPartial[t] = true
            }
            let keep = isPartial[t] ? options.partialPostings : max(options.headPostings, 1)
            encoder.factor = idf[t] * scale
            let head = df > keep ? encoder.best(keep, of: range) : Array(range)
            SearchVarint.append(terms.term(t).count, to: &heads)
            heads += terms.term(t)
            SearchVarint.append(df, to: &heads)
            encoder.encode(head, into: &heads)
            headStarts.append(heads.count)
            if df > keep {
                for i in head { inHead[i] = true }
                SearchVarint.append(terms.term(t).count, to: &tails)
                tails += terms.term(t)
                encoder.encode(range.filter { !inHead[$0] }, into: &tails)
            }
            tailStarts.append(tails.count)
        }
        partialTerms = (0..<termCount).filter { isPartial[$0] }.map { terms.string($0) }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
