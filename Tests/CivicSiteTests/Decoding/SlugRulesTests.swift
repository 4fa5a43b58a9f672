import XCTest
@testable import CivicSite

final class SlugRulesTests: XCTestCase {
    func testValidSlugs() {
        XCTAssertTrue(SlugRules.isValid("sakura-2"))
        XCTAssertFalse(SlugRules.isValid("Sakura"))
        XCTAssertFalse(SlugRules.isValid("さくら"))
        XCTAssertFalse(SlugRules.isValid("sakura_kai"))
        XCTAssertFalse(SlugRules.isValid(""))
    }

    func testHepburnRomanizationOfKana() {
        XCTAssertEqual(SlugRules.suggestion(for: "さくら"), "sakura")
        XCTAssertEqual(SlugRules.suggestion(for: "しみんかつどう"), "shiminkatsudo")
        XCTAssertEqual(SlugRules.suggestion(for: "きょうと ちゃれんじ"), "kyoto-charenji")
        XCTAssertEqual(SlugRules.suggestion(for: "ひゃくにん"), "hyakunin")
        XCTAssertEqual(SlugRules.suggestion(for: "まっちゃ"), "matcha")
        XCTAssertEqual(SlugRules.suggestion(for: "がっこう"), "gakko")
        XCTAssertEqual(SlugRules.suggestion(for: "ボランティア・センター"), "borantia-senta")
        XCTAssertEqual(SlugRules.suggestion(for: "ファミリー"), "famiri")
        XCTAssertEqual(SlugRules.suggestion(for: "NPOふぉーらむ"), "npoforamu")
        XCTAssertNil(SlugRules.suggestion(for: "市民の会"))
    }
}
