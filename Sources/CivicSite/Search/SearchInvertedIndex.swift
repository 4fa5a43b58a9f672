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
        let lists = scanner.lists
        scanner = SearchDocumentScanner(options: options)  // frees the buffers
        let termCount = terms.count
        let documentCount = lists.documentCount
        let scorer = SearchScorer(fieldLengths: lists.fieldLengths)

        // The scale to 255 needs the best score of the whole index before any
        // term is encoded: a first pass over the lists finds it.
        var encoder = SearchPostingEncoder()
        var idf = [Float](repeating: 0, count: termCount)
        var highest: Float = 0
        for t in 0..<termCount {
            lists.read(t, into: &encoder.postings, scorer: scorer)
            idf[t] = scorer.idf(documentFrequency: encoder.postings.count)
            var best: Float = 0
            for value in encoder.postings.saturated { best = max(best, value) }
            highest = max(highest, best * idf[t])
        }
        let scale = highest > 0 ? 255 / highest : 0
        var isPartial = [Bool](repeating: false, count: termCount)
        var inHead: [Bool] = []
        for t in 0..<termCount {
            lists.read(t, into: &encoder.postings, scorer: scorer)
            let df = encoder.postings.count
            let range = 0..<df
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
                inHead = [Bool](repeating: false, count: df)
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
