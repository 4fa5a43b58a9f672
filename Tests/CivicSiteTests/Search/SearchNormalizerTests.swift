import CivicSite
import Foundation
import XCTest

final class SearchNormalizerTests: XCTestCase {
    /// The table `search-engine.js` is tested against too.
    func testSharedCaseTable() throws {
        let url = SearchFixtureCorpus.folder.appendingPathComponent("normalize-cases.json")
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let cases = try XCTUnwrap(root?["cases"] as? [[String: Any]])
        XCTAssertGreaterThan(cases.count, 30)
        for item in cases {
            let input = try XCTUnwrap(item["input"] as? String)
            let expected = try XCTUnwrap(item["expected"] as? String)
            let keepSmall = item["keepSmall"] as? Bool ?? false
            XCTAssertEqual(SearchNormalizer.normalize(input, foldSmallKana: !keepSmall), expected,
                           "normalising \(input) (keepSmall: \(keepSmall))")
        }
    }

    func testDefaultFoldsSmallKana() {
        XCTAssertEqual(SearchNormalizer.normalize("キャンプ"), "きやんぷ")
    }

    func testIsIdempotent() {
        for text in ["ｶﾞｯｺｳ", "ＳＴＥＰ　ｕｐ！", "サ−ビス", "ヴァイオリン", "子ども食堂"] {
            let once = SearchNormalizer.normalize(text)
            XCTAssertEqual(SearchNormalizer.normalize(once), once, text)
        }
    }
}
