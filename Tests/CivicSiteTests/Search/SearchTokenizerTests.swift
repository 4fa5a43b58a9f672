import CivicSite
import XCTest

final class SearchTokenizerTests: XCTestCase {
    private func terms(_ text: String, _ kind: SearchToken.Kind) -> [String] {
        SearchTokenizer.tokenize(SearchNormalizer.normalize(text)).filter { $0.kind == kind }.map(\.term)
    }

    func testCJKRunsBecomeOverlappingBigrams() {
        XCTAssertEqual(terms("子ども食堂", .bigram), ["子ど", "ども", "も食", "食堂"])
    }

    func testHanCharactersAreAlsoUnigramsButKanaAreNot() {
        XCTAssertEqual(terms("子ども食堂", .unigram), ["子", "食", "堂"])
        XCTAssertEqual(terms("市区", .unigram), ["市", "区"])
        XCTAssertEqual(terms("ひだまり", .unigram), [])
    }

    func testKatakanaIsIndexedAsHiragana() {
        XCTAssertEqual(terms("ボランティア", .bigram), terms("ぼらんてぃあ", .bigram))
        XCTAssertEqual(terms("ボランティア", .bigram), ["ぼら", "らん", "んて", "てい", "いあ"])
    }

    func testLatinAndDigitsAreWords() {
        XCTAssertEqual(terms("NPO法人ITサポート 2026年", .word), ["npo", "it", "2026"])
        XCTAssertEqual(terms("NPO法人ITサポート 2026年", .bigram), ["法人", "さぽ", "ぽー", "ーと"])
    }

    func testPunctuationSeparatesRuns() {
        // 「・」 and 「、」 end a run: no bigram spans them.
        XCTAssertEqual(terms("北区・南区、東区", .bigram), ["北区", "南区", "東区"])
    }

    func testPositionsAreScalarOffsets() {
        let tokens = SearchTokenizer.tokenize("ab 新幹線").filter { $0.kind == .bigram }
        XCTAssertEqual(tokens.map(\.position), [3, 4])
    }

    func testHanRunEdgesAreFlagged() {
        let kyoto = SearchTokenizer.tokenize("東京都と京都市").filter { $0.term == "京都" }
        XCTAssertEqual(kyoto.map(\.startsHanRun), [false, true], "京都 opens 京都市 but not 東京都")
        XCTAssertEqual(kyoto.map(\.endsHanRun), [true, false])
        let mixed = SearchTokenizer.tokenize("東京都と京都市").filter { $0.term == "都と" }
        XCTAssertEqual(mixed.map(\.startsHanRun), [false], "a bigram with kana is not a Han run edge")
        XCTAssertEqual(mixed.map(\.endsHanRun), [false])
    }

    func testOverlongWordsAreSkipped() {
        let long = String(repeating: "a", count: SearchTokenizer.maximumWordLength + 1)
        XCTAssertEqual(terms("\(long) ok", .word), ["ok"])
    }
}
