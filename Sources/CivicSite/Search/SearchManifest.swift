/// `manifest.json`: the little the client needs before its first query.
struct SearchManifest {
    var documentCount: Int
    var shardCount: Int
    var tailCount: Int
    var documentsPerChunk: Int
    var partialTerms: [String]
    /// The variant groups some record contains (normalised spellings).
    var variants: [[String]] = []
    var version: String

    var json: SearchJSON {
        .object([
            "format": .int(SearchIndexBuilder.formatVersion),
            "documents": .int(documentCount),
            "shards": .int(shardCount),
            "tails": .int(tailCount),
            "chunk": .int(documentsPerChunk),
            "partial": .array(partialTerms.map(SearchJSON.string)),
            "version": .string(version),
        ].merging(variants.isEmpty ? [:] : ["variants": .array(variants.map { .string($0.joined(separator: ",")) })]) { a, _ in a })
    }
}
