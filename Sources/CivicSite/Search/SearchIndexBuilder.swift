import Foundation

/// Builds the static search index read by `themes/default/assets/search-engine.js`.
///
/// Layout, the same at every size (paths relative to the site's `search/`):
/// - `manifest.json`: counts, shard count, partial terms, a version for caches;
/// - `shards/<n>.bin`: the best postings (the head) of the terms whose FNV-1a
///   hash modulo the shard count is `n`, so a query fetches only the shards
///   of its terms, and few bytes of each however common the term;
/// - `tails/<n>.bin`: the other postings of long lists, for queries that
///   need every match (format in `SearchShardWriter`);
/// - `docs/<n>.json`: display data (id, type, URL, title, excerpt, date) of
///   records `n*k ..< (n+1)*k`, fetched only for the results shown;
/// - `facets.json`: per filter value the ids having it, and the dates of
///   events and grants, for counts and filters computed in the browser.
///
/// Records are numbered in order of `id`. Scores are BM25F (k1 1.2, the
/// weights of `SearchField`), computed here and stored as one byte per
/// posting, so the client only adds them up.
public enum SearchIndexBuilder {
    public static let formatVersion = 2
    static let k1: Double = 1.2

    /// The index files, as paths relative to the site's `search/` folder and
    /// their bytes. Deterministic.
    public static func build(_ documents: [SearchDocument]) -> [(path: String, data: Data)] {
        build(documents, options: SearchIndexOptions())
    }

    public static func build(_ documents: [SearchDocument], options: SearchIndexOptions) -> [(path: String, data: Data)] {
        let sorted = documents.sorted { Array($0.id.utf8).lexicographicallyPrecedes(Array($1.id.utf8)) }
        var index = SearchInvertedIndex(sorted, options: options)
        var files: [(path: String, data: Data)] = []
        var shards = SearchShardWriter.shards(index, options: options)
        // Each encoded byte is held once at a time: in the index, in its
        // shard, then in its file (at 100,000 records, about 100 MB each).
        index.heads = []
        index.tails = []
        for n in shards.heads.indices {
            files.append(("shards/\(n).bin", Data(shards.heads[n])))
            shards.heads[n] = []
        }
        for n in shards.tails.indices {
            files.append(("tails/\(n).bin", Data(shards.tails[n])))
            shards.tails[n] = []
        }
        let chunk = max(1, options.documentsPerChunk)
        for start in stride(from: 0, to: sorted.count, by: chunk) {
            let records = sorted[start..<min(start + chunk, sorted.count)].map { SearchDisplayRecord($0, options: options).json }
            files.append(("docs/\(start / chunk).json", Data(SearchJSON.array(records).serialized.utf8)))
        }
        files.append(("facets.json", Data(SearchFacetTable(sorted).json.serialized.utf8)))
        // Only the variant groups some record contains reach the page: the
        // others could not change any result.
        var present: Set<String> = []
        for t in 0..<index.terms.count where index.terms.term(t).first == 0x7E { present.insert(index.terms.string(t)) }
        var manifest = SearchManifest(
            documentCount: sorted.count, shardCount: shards.heads.count, tailCount: shards.tails.count, documentsPerChunk: chunk,
            partialTerms: index.partialTerms, version: "")
        manifest.variants = options.variants.groups.filter { present.contains(SearchVariantTable.term(of: $0)) }
        manifest.version = version(of: files + [("manifest.json", Data(manifest.json.serialized.utf8))])
        files.append(("manifest.json", Data(manifest.json.serialized.utf8)))
        return files.sorted { $0.path < $1.path }
    }

    /// A digest of every other file, appended by the client to its requests so
    /// that a browser never mixes files of two builds.
    static func version(of files: [(path: String, data: Data)]) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for file in files.sorted(by: { $0.path < $1.path }) {
            for byte in file.path.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
            // Over the bytes in place: Data's iterator costs more than the hashing.
            file.data.withUnsafeBytes { bytes in
                for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
