/// Tuning of the index layout. The defaults suit a directory of a few
/// hundred to tens of thousands of records; tests shrink them to exercise
/// several shards and chunks on a small corpus.
public struct SearchIndexOptions: Sendable, Equatable {
    /// Raw bytes aimed at per shard; the shard count is the smallest power of
    /// two that keeps the average shard under this. Small shards keep a later
    /// query (whose terms mostly fall in shards not yet loaded) cheap.
    public var targetShardBytes: Int = 12_000
    /// Records per display-data file; a page of results loads at most one
    /// file per result, so fewer records per file means fewer wasted bytes.
    public var documentsPerChunk: Int = 8
    /// A term in more than this share of the records is left out of the
    /// index (and listed as a stop term), once there are at least
    /// `stopTermMinimumDocuments` records: its postings would weigh more
    /// than the rest of a query while telling almost nothing.
    public var stopTermRatio: Double = 0.25
    public var stopTermMinimumDocuments: Int = 1000
    /// Positions kept per bigram and record, for the adjacency bonus.
    public var maximumPositions: Int = 8
    /// Longest word prefix indexed for prefix matching.
    public var maximumPrefixLength: Int = 12
    /// Longest excerpt, in characters, before it is cut with "…".
    public var excerptLength: Int = 120

    public init() {}
}
