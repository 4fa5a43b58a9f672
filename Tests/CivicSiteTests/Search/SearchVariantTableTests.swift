@testable import CivicSite
import Foundation
import XCTest

final class SearchVariantTableTests: XCTestCase {
    static let themeTable = TestPaths.projectRoot.appendingPathComponent("themes/default/search/variants.txt")

    /// The table the theme ships, also read by Tests/JS/variants.test.js.
    func testTheThemesTableIsCleanAndSizeable() throws {
        let text = try String(contentsOf: Self.themeTable, encoding: .utf8)
        let decoded = SearchSynonymsDecoder.decodeTable(text, path: "variants.txt")
        XCTAssertEqual(decoded.diagnostics.map(\.description), [])
        let table = SearchVariantTable(decoded.groups)
        XCTAssertGreaterThanOrEqual(table.groups.count, 150)
        XCTAssertGreaterThanOrEqual(table.groups.reduce(0) { $0 + $1.count }, 300)
        // No two lines share a spelling: merging would silently join two words.
        XCTAssertEqual(table.groups.count, decoded.groups.count)
        for word in ["子供", "障碍", "申込", "問合せ", "取組", "受付", "特定非営利活動法人", "ばいおりん", "人人"] {
            XCTAssertTrue(table.groups.contains { $0.contains(SearchNormalizer.normalize(word)) }, word)
        }
    }

    func testGroupsSharingASpellingMerge() {
        let table = SearchVariantTable([["子ども", "子供"], ["シニア", "高齢者"], ["こども", "子供"], ["高齢者", "お年寄り"], ["x"]])
        XCTAssertEqual(table.groups, [["子ども", "子供", "こども"], ["しにあ", "高齢者", "お年寄り"]])
        XCTAssertEqual(SearchVariantTable.term(of: table.groups[0]), "~子ども")
    }

    /// Records with any spelling are filed under the group's term, a Latin
    /// spelling only as a whole word; the manifest lists present groups only.
    func testTheIndexFilesRecordsUnderTheGroupTerm() throws {
        var options = SearchFixtureCorpus.options
        options.variants = SearchVariantTable([["子ども", "子供", "こども"], ["NPO", "特定非営利活動法人"], ["ヴァイオリン", "バイオリン"]])
        let documents = [
            SearchDocument(id: "a", type: "groups", url: "a/", title: "子供会"),
            SearchDocument(id: "b", type: "groups", url: "b/", title: "こども食堂"),
            SearchDocument(id: "c", type: "groups", url: "c/", title: "NPOS and npo-net"),
            SearchDocument(id: "d", type: "groups", url: "d/", title: "NPOS only"),
        ]
        var files: [String: Data] = [:]
        for file in SearchIndexBuilder.build(documents, options: options) { files[file.path] = file.data }
        var postings: [String: [Int]] = [:]
        for (path, data) in files where path.hasPrefix("shards/") {
            for (term, list) in try SearchShardReader(data).terms { postings[term] = list.map(\.document) }
        }
        XCTAssertEqual(postings["~子ども"], [0, 1])
        XCTAssertEqual(postings["~npo"], [2])
        XCTAssertNil(postings["~ゔあいおりん"])
        let manifest = try XCTUnwrap(JSONSerialization.jsonObject(with: files["manifest.json"]!) as? [String: Any])
        XCTAssertEqual(manifest["variants"] as? [String], ["子ども,子供,こども", "npo,特定非営利活動法人"])
    }

    /// Both ways of writing an entry; an unknown key is reported like any other.
    func testSynonymsFileReadsTextAndListEntries() {
        let text = "synonyms:\n  - シニア、高齢者, お年寄り\n  - [町内会, 自治会]\nsynonym: x\n"
        let parsed = ContentLoader.frontMatterReader(Data(text.utf8), "content/search-synonyms.yml", true)
        let decoded = SearchSynonymsDecoder.decode(parsed.frontMatter, path: "content/search-synonyms.yml")
        XCTAssertEqual(decoded.groups, [["シニア", "高齢者", "お年寄り"], ["町内会", "自治会"]])
        XCTAssertEqual(decoded.diagnostics.count, 1, "the unknown key synonym:")
        XCTAssertTrue(decoded.diagnostics.first?.message.contains("synonym") == true)
    }
}
