import CivicSite
import Foundation
import XCTest

/// Builds synthetic directories of $CIVICSITE_SEARCH_SCALE records (e.g.
/// `1000,10000`) into `.build/search-scale/<n>/search/`, printing the build
/// time and sizes; `Tests/JS/scale.test.js` then measures queries on them.
/// Skipped unless the variable is set: it is a measurement, not a check.
final class SearchScaleTests: XCTestCase {
    func testBuildSyntheticDirectories() throws {
        guard let sizes = ProcessInfo.processInfo.environment["CIVICSITE_SEARCH_SCALE"] else {
            throw XCTSkip("set CIVICSITE_SEARCH_SCALE=1000,10000,50000 to build synthetic indexes")
        }
        for size in sizes.split(separator: ",").compactMap({ Int($0) }) {
            var corpus = SearchSyntheticCorpus(seed: 2026)
            let documents = corpus.documents(size)
            let start = Date()
            let files = SearchIndexBuilder.build(documents)
            let seconds = Date().timeIntervalSince(start)
            let folder = TestPaths.projectRoot.appendingPathComponent(".build/search-scale/\(size)/search")
            try? FileManager.default.removeItem(at: folder)
            for file in files {
                let url = folder.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            }
            let shards = files.filter { $0.path.hasPrefix("shards/") }
            let bytes = files.reduce(0) { $0 + $1.data.count }
            print(String(format: "search scale %6d records: built in %.2f s, %d files, %d shards, %d bytes",
                         size, seconds, files.count, shards.count, bytes))
            XCTAssertFalse(files.isEmpty)
        }
    }
}
