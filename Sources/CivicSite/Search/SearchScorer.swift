import Foundation

/// BM25F over the fields of `SearchField`: field frequencies weighted and
/// length-normalised, then saturated with k1; the IDF multiplies it once the
/// document frequency is known.
struct SearchScorer {
    let fieldLengths: [SIMD8<Float>]
    let documentCount: Int
    let averages: SIMD8<Float>

    /// `fieldLengths`: per record, the length of each field.
    init(fieldLengths: [SIMD8<Float>]) {
        self.fieldLengths = fieldLengths
        documentCount = fieldLengths.count
        var totals = SIMD8<Float>()
        for lengths in fieldLengths { totals += lengths }
        averages = totals / Float(max(documentCount, 1))
    }

    func idf(documentFrequency df: Int) -> Float {
        let n = Double(documentCount), f = Double(df)
        return Float(log(1 + (n - f + 0.5) / (f + 0.5)))
    }

    /// The saturated, weighted frequency of a posting's `SearchPostingInfo`.
    func saturated(_ info: UInt64, document: Int) -> Float {
        let lengths = fieldLengths[document]
        var weighted = 0.0
        for field in SearchField.allCases {
            let tf = Double(SearchPostingInfo.frequency(info, field.rawValue))
            guard tf > 0 else { continue }
            let average = Double(averages[field.rawValue])
            let ratio = average > 0 ? Double(lengths[field.rawValue]) / average : 1
            let b = field.lengthNormalisation
            weighted += field.weight * tf / (1 - b + b * ratio)
        }
        let k1 = SearchIndexBuilder.k1
        return Float(weighted * (k1 + 1) / (weighted + k1))
    }
}
