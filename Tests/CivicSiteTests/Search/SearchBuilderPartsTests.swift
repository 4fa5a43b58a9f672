@testable import CivicSite
import Foundation
import XCTest

/// The lean parts of the index builder: term interning, the scanner that
/// must give the tokenizer's terms, and the HTML-to-text pass.
final class SearchBuilderPartsTests: XCTestCase {
    func testInterningGivesOneIdPerTermAcrossGrowth() {
        var table = SearchTermTable()
        var ids: [Int32] = []
        for n in 0..<5_000 {
            let key = Array("語\(n)".utf8)
            ids.append(table.intern(key, key.count))
        }
        XCTAssertEqual(ids, (0..<5_000).map(Int32.init), "ids in order of first appearance")
        for n in [0, 1, 777, 4_999] {
            let key = Array("語\(n)".utf8)
            XCTAssertEqual(table.intern(key + [0xFF], key.count), Int32(n), "only the first length bytes count")
            XCTAssertEqual(table.string(n), "語\(n)")
            XCTAssertEqual(table.hashes[n], SearchHash.fnv1a32("語\(n)"), "the shard hash of search-engine.js")
        }
        XCTAssertEqual(table.count, 5_000)
    }

    func testScannerFindsExactlyTheTokenizersTerms() {
        let document = SearchDocument(
            id: "g", type: "groups", url: "g/", title: "ＮＰＯ法人 子ども食堂ひだまり", kana: "コドモショクドウ",
            tags: ["防災", "volunteer"], summary: "東京都と京都市の𠮷野家で、毎月ｻｰﾋﾞｽを行います。",
            body: "Straße 123 ワークショップ・交流会")
        var scanner = SearchDocumentScanner(options: SearchIndexOptions())
        scanner.add(document)
        let scanned = Set((0..<scanner.terms.count).map { scanner.terms.string($0) })
        var expected = Set<String>()
        for field in SearchField.allCases {
            for token in SearchTokenizer.tokenize(SearchNormalizer.normalize(field.text(of: document))) {
                expected.insert(token.term)
                if token.kind == .word {
                    let scalars = Array(token.term.unicodeScalars)
                    for length in stride(from: 1, through: min(scalars.count - 1, 12), by: 1) {
                        expected.insert(String(String.UnicodeScalarView(scalars[0..<length])) + "*")
                    }
                }
            }
        }
        XCTAssertEqual(scanned, expected)
        XCTAssertTrue(scanned.contains("𠮷野"))
        XCTAssertEqual(scanner.lists.postingCount, scanned.count, "one posting per term of the record")
        XCTAssertEqual(scanner.lists.documentCount, 1)
    }

    func testNormalizerFastPathAgreesWithTheFullOne() {
        // Text the fast path accepts must come out as NFKC would make it.
        for text in ["子ども食堂ひだまり", "ABC abc 123", "コドモ、ショクドウ。", "「防災」・訓練"] {
            XCTAssertTrue(SearchNormalizer.isStableUnderNFKC(text), text)
            XCTAssertEqual(text.precomposedStringWithCompatibilityMapping, text)
        }
        for text in ["ｶﾀｶﾅ", "ＡＢＣ", "か\u{3099}", "㈱", "\u{3000}", "ヿ"] {
            XCTAssertFalse(SearchNormalizer.isStableUnderNFKC(text), text)
        }
    }

    func testPlainTextDropsTagsDecodesEntitiesAndCollapsesSpace() {
        XCTAssertEqual(SearchPlainText.fromHTML("<h2 id=\"a\">見出し</h2>\n<p>本文 &amp; &lt;b&gt; &quot;x&quot; &#39;y&#39;</p>"),
                       "見出し 本文 & <b> \"x\" 'y'")
        XCTAssertEqual(SearchPlainText.fromHTML("<p>a</p><p>b</p>"), "a b", "blocks do not run together")
        XCTAssertEqual(SearchPlainText.fromHTML("  \n "), "")
        XCTAssertEqual(SearchPlainText.fromHTML("&amp;lt; & &unknown;"), "&lt; & &unknown;")
    }
}
