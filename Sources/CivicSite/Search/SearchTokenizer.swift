/// Splits normalised text into search terms.
///
/// Japanese has no spaces, so runs of CJK characters become overlapping
/// bigrams (子ども食堂 → 子ど, ども, も食, 食堂) plus a unigram for every Han
/// character; kana alone are too common to be useful as unigrams. Everything
/// else that is a letter or digit forms words, which the index also stores
/// by prefix (`SearchIndexBuilder`). The input must already be normalised.
public enum SearchTokenizer {
    /// Words longer than this are not indexed: they are URLs or noise.
    public static let maximumWordLength = 40

    public static func tokenize(_ normalized: String) -> [SearchToken] {
        let scalars = Array(normalized.unicodeScalars)
        let classes = scalars.map(SearchCharacterClass.init)
        var tokens: [SearchToken] = []
        var i = 0
        while i < scalars.count {
            let start = i
            if classes[i].isCJK {
                while i < scalars.count, classes[i].isCJK { i += 1 }
                appendCJK(scalars, classes, start..<i, to: &tokens)
            } else if classes[i] == .word {
                while i < scalars.count, classes[i] == .word { i += 1 }
                if i - start <= maximumWordLength {
                    let word = String(String.UnicodeScalarView(scalars[start..<i]))
                    tokens.append(SearchToken(term: word, kind: .word, position: start))
                }
            } else {
                i += 1
            }
        }
        return tokens
    }

    private static func appendCJK(
        _ scalars: [Unicode.Scalar], _ classes: [SearchCharacterClass], _ run: Range<Int>,
        to tokens: inout [SearchToken]
    ) {
        for i in run {
            if classes[i] == .han {
                tokens.append(SearchToken(term: String(scalars[i]), kind: .unigram, position: i))
            }
            guard i + 1 < run.upperBound else { continue }
            let bothHan = classes[i] == .han && classes[i + 1] == .han
            let starts = bothHan && (i == run.lowerBound || classes[i - 1] != .han)
            let ends = bothHan && (i + 2 == run.upperBound || classes[i + 2] != .han)
            var term = String.UnicodeScalarView()
            term.append(scalars[i])
            term.append(scalars[i + 1])
            tokens.append(SearchToken(term: String(term), kind: .bigram, position: i,
                                      startsHanRun: starts, endsHanRun: ends))
        }
    }
}
