/// One term produced by `SearchTokenizer`, with where it starts.
public struct SearchToken: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Two adjacent CJK characters.
        case bigram
        /// One Han character, so that 市 and 区 are findable on their own.
        case unigram
        /// A run of letters or digits outside CJK (Latin, digits, Hangul …).
        case word
    }

    public var term: String
    public var kind: Kind
    /// Offset in Unicode scalars from the start of the tokenised text.
    public var position: Int
    /// For bigrams: both characters are Han and the first opens a run of Han
    /// (京都 in 京都市 but not in 東京都), so a query can prefer word starts.
    public var startsHanRun: Bool
    /// For bigrams: both characters are Han and the second closes the run.
    public var endsHanRun: Bool

    public init(term: String, kind: Kind, position: Int, startsHanRun: Bool = false, endsHanRun: Bool = false) {
        self.term = term
        self.kind = kind
        self.position = position
        self.startsHanRun = startsHanRun
        self.endsHanRun = endsHanRun
    }
}
