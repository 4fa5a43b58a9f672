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

/// Slugs suggested for records whose file name cannot be one.
final class SlugSuggestionTests: XCTestCase {
    func testTheTitleAlignedWithTheReadingGivesWords() {
        let cases: [(String, String, String)] = [
            ("さくら子ども食堂", "さくらこどもしょくどう", "sakura-kodomo-shokudo"),
            ("NPO法人ITサロンつなぐ", "あいてぃーさろんつなぐ", "it-saron-tsunagu"),
            ("みどり川を守る会", "みどりかわをまもるかい", "midori-kawa-o-mamoru-kai"),
            ("こども食堂ひだまり", "こどもしょくどうひだまり", "kodomo-shokudo-hidamari"),
            ("東町自治会", "ひがしまちじちかい", "higashimachijichikai"),
            ("市民の会", "しみんのかい", "shimin-no-kai"),
        ]
        for (title, reading, slug) in cases {
            XCTAssertEqual(SlugSuggestion.suggestion(title: title, reading: reading, fileStem: title), slug, title)
        }
    }

    func testWithoutAReadingOnlyKanaAndLatinTitlesCanBeRead() {
        XCTAssertEqual(SlugSuggestion.suggestion(title: "センターについて", reading: nil, fileStem: "センター"), "senta-nitsuite")
        XCTAssertEqual(SlugSuggestion.suggestion(title: "ボランティア募集", reading: nil, fileStem: "こども"), "kodomo",
                       "a title with kanji falls back to the file name")
        XCTAssertNil(SlugSuggestion.suggestion(title: "市民活動促進補助金", reading: nil, fileStem: "補助金"))
        XCTAssertEqual(SlugSuggestion.suggestion(title: "さくら", reading: nil, fileStem: "Sakura_Kitchen"), "sakura-kitchen",
                       "an ASCII file name is only cleaned")
    }

    func testAReadingThatDoesNotFitTheTitleIsRomanizedAlone() {
        XCTAssertEqual(SlugSuggestion.suggestion(title: "さくら子ども食堂", reading: "ひまわりのかい", fileStem: "さくら"), "himawarinokai")
    }
}
