import CivicSite
import Foundation

/// The small corpus of `Tests/Fixtures/search/corpus.json`, shared with the
/// JavaScript tests through the index built from it.
enum SearchFixtureCorpus {
    static let folder = TestPaths.fixtures.appendingPathComponent("search")
    static let builtFolder = folder.appendingPathComponent("built")

    /// Small shards and chunks, so that the fixture exercises several of
    /// each, and partial terms (います, てい … are in a third of the records).
    static var options: SearchIndexOptions {
        var options = SearchIndexOptions()
        options.targetShardBytes = 1500
        options.documentsPerChunk = 4
        options.partialTermMinimumDocuments = 10
        options.partialTermRatio = 0.3
        options.partialPostings = 4
        return options
    }

    static func documents() throws -> [SearchDocument] {
        let data = try Data(contentsOf: folder.appendingPathComponent("corpus.json"))
        let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
        return list.map { item in
            SearchDocument(
                id: item["id"] as? String ?? "",
                type: item["type"] as? String ?? "",
                url: item["url"] as? String ?? "",
                title: item["title"] as? String ?? "",
                kana: item["kana"] as? String,
                tags: item["tags"] as? [String] ?? [],
                summary: item["summary"] as? String ?? "",
                body: item["body"] as? String ?? "",
                facets: item["facets"] as? [String: [String]] ?? [:],
                dateLabel: item["dateLabel"] as? String,
                upcomingUntil: item["upcomingUntil"] as? String,
                openFrom: item["openFrom"] as? String,
                openUntil: item["openUntil"] as? String,
                rolling: item["rolling"] as? Bool ?? false)
        }
    }
}
