@testable import CivicSite
import Foundation
import XCTest

final class SearchIndexBuilderTests: XCTestCase {
    private func files(_ documents: [SearchDocument], _ options: SearchIndexOptions = SearchIndexOptions()) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: SearchIndexBuilder.build(documents, options: options).map { ($0.path, $0.data) })
    }

    private func json(_ data: Data?) throws -> Any {
        try JSONSerialization.jsonObject(with: XCTUnwrap(data))
    }

    /// Every term with its postings, read back from all head shards and tail
    /// files, checking each term sits in the files its hash names and that
    /// head and tail together hold the document frequency.
    private func postings(_ files: [String: Data]) throws -> [String: [SearchShardReader.Posting]] {
        let manifest = try XCTUnwrap(json(files["manifest.json"]) as? [String: Any])
        let shards = try XCTUnwrap(manifest["shards"] as? Int)
        let tails = try XCTUnwrap(manifest["tails"] as? Int)
        var all: [String: [SearchShardReader.Posting]] = [:]
        var frequencies: [String: Int] = [:]
        for (folder, count) in [("shards", shards), ("tails", tails)] {
            for n in 0..<count {
                let reader = try SearchShardReader(XCTUnwrap(files["\(folder)/\(n).bin"], "\(folder) \(n)"), tail: folder == "tails")
                XCTAssertEqual(reader.order, reader.order.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
                for (term, list) in reader.terms {
                    XCTAssertEqual(Int(SearchHash.fnv1a32(term) % UInt32(count)), n, "\(term) in the wrong file")
                    XCTAssertTrue(folder == "shards" || all[term] != nil, "\(term): a tail without a head")
                    all[term, default: []] += list
                }
                frequencies.merge(reader.documentFrequencies) { a, _ in a }
            }
        }
        for (term, list) in all {
            XCTAssertEqual(list.count, Set(list.map(\.document)).count, "\(term): records once each")
            all[term] = list.sorted { $0.document < $1.document }
            XCTAssertEqual(frequencies[term], list.count, "\(term): document frequency")
        }
        return all
    }

    func testLayoutIsTheSameForAnEmptySite() throws {
        let built = files([])
        XCTAssertEqual(Set(built.keys), ["manifest.json", "facets.json", "shards/0.bin", "tails/0.bin"])
        let manifest = try XCTUnwrap(json(built["manifest.json"]) as? [String: Any])
        XCTAssertEqual(manifest["documents"] as? Int, 0)
        XCTAssertEqual(manifest["shards"] as? Int, 1)
    }

    func testOutputIsDeterministicAndIndependentOfInputOrder() throws {
        let documents = try SearchFixtureCorpus.documents()
        let a = SearchIndexBuilder.build(documents, options: SearchFixtureCorpus.options)
        let b = SearchIndexBuilder.build(documents.reversed(), options: SearchFixtureCorpus.options)
        XCTAssertEqual(a.map(\.path), b.map(\.path))
        XCTAssertEqual(a.map(\.data), b.map(\.data))
        XCTAssertEqual(a.map(\.path), a.map(\.path).sorted())
    }

    func testShardCountGrowsAsAPowerOfTwo() throws {
        let documents = try SearchFixtureCorpus.documents()
        var one = SearchIndexOptions()
        one.targetShardBytes = 1 << 30
        let small = files(documents, one)
        XCTAssertEqual((try json(small["manifest.json"]) as? [String: Any])?["shards"] as? Int, 1)
        let sharded = files(documents, SearchFixtureCorpus.options)
        let count = try XCTUnwrap((try json(sharded["manifest.json"]) as? [String: Any])?["shards"] as? Int)
        XCTAssertGreaterThan(count, 2)
        XCTAssertEqual(count & (count - 1), 0)
        // The same terms, whatever the shard count.
        XCTAssertEqual(Set(try postings(small).keys), Set(try postings(sharded).keys))
    }

    func testPostingsNameTheRecordsInIdOrder() throws {
        let documents = try SearchFixtureCorpus.documents()
        let ids = documents.map(\.id).sorted()
        let all = try postings(files(documents))
        let shokudo = try XCTUnwrap(all["食堂"]).map { ids[$0.document] }
        XCTAssertEqual(Set(shokudo), ["groups/kodomo-shokudo-hidamari", "cases/shokudo-gakko-kyodo",
                                      "events/shimin-katsudo-festa", "grants/chiiki-fukushi-josei"])
        XCTAssertEqual(try XCTUnwrap(all["市"]).count, documents.filter { ($0.title + $0.summary + $0.body).contains("市") }.count)
        XCTAssertNil(all["ひ"], "kana are not unigrams")
    }

    func testWordsAreIndexedExactlyAndByPrefix() throws {
        let documents = try SearchFixtureCorpus.documents()
        let ids = documents.map(\.id).sorted()
        let all = try postings(files(documents))
        XCTAssertEqual(try XCTUnwrap(all["volunteers"]).map { ids[$0.document] }, ["groups/it-support-minami"])
        XCTAssertEqual(try XCTUnwrap(all["volun*"]).map { ids[$0.document] }, ["groups/it-support-minami"])
        XCTAssertNotNil(all["v*"])
        XCTAssertNil(all["volunteers*"], "the whole word is the exact term, not a prefix")
        XCTAssertNotNil(all["voluntee*"])
    }

    func testHigherWeightedFieldsScoreHigher() throws {
        let docs = [
            SearchDocument(id: "a", type: "groups", url: "a/", title: "防災の会", summary: "毎月集まる", body: "毎月集まる"),
            SearchDocument(id: "b", type: "groups", url: "b/", title: "花壇の会", summary: "毎月集まる", body: "毎月防災だ"),
            SearchDocument(id: "c", type: "groups", url: "c/", title: "花壇の会", summary: "毎月防災だ", body: "毎月集まる"),
        ]
        let all = try postings(files(docs))
        let list = try XCTUnwrap(all["防災"])
        let impact = Dictionary(uniqueKeysWithValues: list.map { ($0.document, $0.impact) })
        XCTAssertGreaterThan(try XCTUnwrap(impact[0]), try XCTUnwrap(impact[2]), "title above summary")
        XCTAssertGreaterThan(try XCTUnwrap(impact[2]), try XCTUnwrap(impact[1]), "summary above body")
        XCTAssertEqual(all.values.flatMap { $0.map(\.impact) }.max(), 255, "impacts are scaled to the highest score")
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(all.values.flatMap { $0.map(\.impact) }.min()), 1, "no posting scores zero")
    }

    func testBigramsCarryPositionsAndHanRunEdges() throws {
        let docs = [
            SearchDocument(id: "a", type: "groups", url: "a/", title: "京都市の会"),
            SearchDocument(id: "b", type: "groups", url: "b/", title: "東京都の会", body: "新幹線と京都"),
        ]
        let all = try postings(files(docs))
        let kyoto = try XCTUnwrap(all["京都"])
        XCTAssertEqual(kyoto.map(\.document), [0, 1])
        XCTAssertEqual(kyoto[0].flags & SearchPostingFlags.startsHanRun, SearchPostingFlags.startsHanRun)
        XCTAssertEqual(kyoto[0].positions, [0])
        // In b, 京都 ends 東京都 at 1 and stands alone in the body: "東京都の会" is 5
        // scalars, then a gap of 2, an empty kana, tags and summary (2 each).
        XCTAssertEqual(kyoto[1].positions, [1, 5 + 2 + 2 + 2 + 2 + 4])
        XCTAssertEqual(kyoto[1].flags & SearchPostingFlags.startsHanRun, SearchPostingFlags.startsHanRun)
        let shinkan = try XCTUnwrap(all["新幹"]), kansen = try XCTUnwrap(all["幹線"])
        XCTAssertEqual(kansen[0].positions, shinkan[0].positions.map { $0 + 1 })
        XCTAssertNil(all["市"]?.first?.positions.first, "unigrams carry no positions")
    }

    func testLongListsKeepTheirBestPostingsInTheHeadAndTheRestInATail() throws {
        var options = SearchIndexOptions()
        options.headPostings = 2
        let docs = (0..<5).map { n in
            // Records 1 and 3 have 防災 in the title: they score highest.
            SearchDocument(id: "g\(n)", type: "groups", url: "g\(n)/", title: n % 2 == 1 ? "防災の会" : "花壇の会",
                           body: "防災の話をする会です。")
        }
        let built = files(docs, options)
        var heads: [String: [SearchShardReader.Posting]] = [:]
        var frequency: Int?
        let manifest = try XCTUnwrap(json(built["manifest.json"]) as? [String: Any])
        for n in 0..<(try XCTUnwrap(manifest["shards"] as? Int)) {
            let reader = try SearchShardReader(XCTUnwrap(built["shards/\(n).bin"]))
            heads.merge(reader.terms) { a, _ in a }
            frequency = frequency ?? reader.documentFrequencies["防災"]
        }
        XCTAssertEqual(try XCTUnwrap(heads["防災"]).map(\.document), [1, 3], "the best two, in record order")
        XCTAssertEqual(frequency, 5, "the head says how long the whole list is")
        XCTAssertEqual(try XCTUnwrap(heads["花壇"]).count, 2, "a list no longer than the head has no tail")
        let all = try postings(built)
        XCTAssertEqual(all["防災"]?.map(\.document), [0, 1, 2, 3, 4])
    }

    func testCommonTermsKeepOnlyTheirBestPostingsOnLargeCorpora() throws {
        var options = SearchIndexOptions()
        options.partialTermMinimumDocuments = 10
        options.partialTermRatio = 0.5
        options.partialPostings = 3
        let docs = (0..<12).map { n in
            // Record 7 says します twice in a short body: it scores highest.
            SearchDocument(id: String(format: "g%02d", n), type: "groups", url: "g\(n)/", title: "会\(n)",
                           body: n == 7 ? "しますします" : n % 3 == 0 ? "活動しますよ防災" : "活動しますよ")
        }
        let built = files(docs, options)
        let manifest = try XCTUnwrap(json(built["manifest.json"]) as? [String: Any])
        let partial = try XCTUnwrap(manifest["partial"] as? [String])
        XCTAssertTrue(partial.contains("しま"))
        XCTAssertFalse(partial.contains("防災"))
        var heads: [String: [SearchShardReader.Posting]] = [:]
        for n in 0..<(try XCTUnwrap(manifest["shards"] as? Int)) {
            heads.merge(try SearchShardReader(XCTUnwrap(built["shards/\(n).bin"])).terms) { a, _ in a }
        }
        let shima = try XCTUnwrap(heads["しま"])
        XCTAssertEqual(shima.count, 3, "the head keeps the best postings")
        XCTAssertTrue(shima.map(\.document).contains(7))
        XCTAssertEqual(shima.map(\.document), shima.map(\.document).sorted())
        XCTAssertEqual(shima.first { $0.document == 7 }?.positions.count, 2, "positions follow their posting")
        // The tail has the rest, for a query made of common terms only.
        let all = try postings(built)
        XCTAssertEqual(all["しま"]?.count, 12)
        XCTAssertEqual(all["防災"]?.count, 4)
    }

    func testDisplayChunksHoldRecordsInOrder() throws {
        var options = SearchIndexOptions()
        options.documentsPerChunk = 2
        options.excerptLength = 5
        let docs = [
            SearchDocument(id: "b", type: "events", url: "events/b/", title: "B", body: "本文だけ\nの記録", dateLabel: "12月5日"),
            SearchDocument(id: "a", type: "groups", url: "groups/a/", title: "A", summary: "短い"),
            SearchDocument(id: "c", type: "pages", url: "c/", title: "C"),
        ]
        let built = files(docs, options)
        let first = try XCTUnwrap(json(built["docs/0.json"]) as? [[Any]])
        XCTAssertEqual(first.map { $0[0] as? String }, ["a", "b"])
        XCTAssertEqual(first[1][2] as? String, "events/b/")
        XCTAssertEqual(first[1][4] as? String, "本文だけ …")
        XCTAssertEqual(first[1][5] as? String, "12月5日")
        XCTAssertTrue(first[0][5] is NSNull)
        XCTAssertEqual((try json(built["docs/1.json"]) as? [[Any]])?.count, 1)
        XCTAssertNil(built["docs/2.json"])
    }

    func testFacetsListRecordsPerValueAndDates() throws {
        let documents = try SearchFixtureCorpus.documents()
        let ids = documents.map(\.id).sorted()
        let facets = try XCTUnwrap(json(files(documents)["facets.json"]) as? [String: Any])
        let values = try XCTUnwrap(facets["values"] as? [String: [String: [Int]]])
        func undelta(_ list: [Int]) -> [String] {
            var n = 0
            return list.map { n += $0; return ids[n] }
        }
        XCTAssertEqual(undelta(values["type"]?["events"] ?? []),
                       ["events/bosai-forum-2025", "events/bosai-workshop-2026", "events/shimin-katsudo-festa"])
        XCTAssertEqual(undelta(values["area"]?["北地区"] ?? []), ["groups/bosai-kita", "groups/kodomo-shokudo-hidamari"])
        XCTAssertEqual(values["type"]?.values.reduce(0) { $0 + $1.count }, documents.count)
        let upcoming = try XCTUnwrap(facets["upcomingUntil"] as? [Int])
        XCTAssertEqual(upcoming.count, 6)
        XCTAssertEqual(upcoming[3], SearchDateParser.minutes("2026-12-05T16:00:00+09:00", dateOnly: .endOfDay))
        XCTAssertEqual(undelta((facets["rolling"] as? [Int]) ?? []), ["grants/shimin-katsudo-sodan"])
    }

    /// The index the JavaScript tests query is this corpus built now; a stale
    /// copy would let the two sides drift. Set CIVICSITE_UPDATE_FIXTURES=1 to
    /// rewrite it after a deliberate change.
    func testCommittedFixtureIndexIsCurrent() throws {
        let built = SearchIndexBuilder.build(try SearchFixtureCorpus.documents(), options: SearchFixtureCorpus.options)
        let folder = SearchFixtureCorpus.builtFolder
        let manager = FileManager.default
        if ProcessInfo.processInfo.environment["CIVICSITE_UPDATE_FIXTURES"] == "1" {
            try? manager.removeItem(at: folder)
            for file in built {
                let url = folder.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url)
            }
        }
        var committed: [String] = []
        if let walker = manager.enumerator(at: folder, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where !url.hasDirectoryPath {
                committed.append(String(url.path.dropFirst(folder.path.count + 1)))
            }
        }
        XCTAssertEqual(committed.sorted(), built.map(\.path), "rerun with CIVICSITE_UPDATE_FIXTURES=1")
        for file in built {
            let data = try? Data(contentsOf: folder.appendingPathComponent(file.path))
            XCTAssertEqual(data, file.data, "\(file.path) is stale; rerun with CIVICSITE_UPDATE_FIXTURES=1")
        }
    }
}
