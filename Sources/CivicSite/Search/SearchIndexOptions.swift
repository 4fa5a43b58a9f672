/// Tuning of the index layout. The defaults suit a directory of a few
/// hundred to tens of thousands of records; tests shrink them to exercise
/// several shards and chunks on a small corpus.
public struct SearchIndexOptions: Sendable, Equatable {
    /// Raw bytes aimed at per shard; the shard count is the smallest power of
    /// two that keeps the average shard under this. Small shards keep a later
    /// query (whose terms mostly fall in shards not yet loaded) cheap.
    public var targetShardBytes: Int = 2_000
    /// Postings kept in a term's head, in its shard: its best-scoring ones.
    /// The rest of a longer list goes to a tail file, fetched only when a
    /// query needs every match (filters, counts, more results), so a query
    /// typed after the first costs a few kilobytes whatever the site's size.
    public var headPostings: Int = 64
    /// Raw bytes aimed at per tail file.
    public var targetTailBytes: Int = 32_000
    /// Records per display-data file; a page of results loads at most one
    /// file per result, so fewer records per file means fewer wasted bytes,
    /// and more means fewer files to write and deploy. Eight records are
    /// about 2.4 KB (under 1 KB compressed): still one disk block and far
    /// within the first round trip of a connection, so a result costs the
    /// reader the same wait as with two, while a site of 100,000 records
    /// writes 13,000 files here instead of 52,000.
    public var documentsPerChunk: Int = 8
    /// A term in more than this share of the records keeps only its
    /// `partialPostings` best-scoring postings (and is listed as partial in
    /// the manifest), once there are at least `partialTermMinimumDocuments`
    /// records: its full list would weigh more than the rest of a query
    /// while telling little. The client then scores with it but does not
    /// require it, unless the query has nothing else.
    public var partialTermRatio: Double = 0.2
    public var partialTermMinimumDocuments: Int = 1000
    public var partialPostings: Int = 200
    /// Positions kept per bigram and record, for the adjacency bonus.
    public var maximumPositions: Int = 3
    /// Longest word prefix indexed for prefix matching.
    public var maximumPrefixLength: Int = 12
    /// Longest excerpt, in characters, before it is cut with "…".
    public var excerptLength: Int = 120
    /// Spellings searched as one word (`SearchVariantTable`); none by default.
    public var variants = SearchVariantTable()

    public init() {}
}
