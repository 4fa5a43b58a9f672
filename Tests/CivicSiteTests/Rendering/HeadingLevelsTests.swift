import XCTest
@testable import CivicSite

final class HeadingLevelsTests: XCTestCase {
    func testBodyHeadingsStartRightBelowThePageHeadings() {
        XCTAssertEqual(HeadingLevels.demote("<h2>a</h2><h3 id=\"b\">b</h3>", minimum: 2), "<h2>a</h2><h3 id=\"b\">b</h3>")
        XCTAssertEqual(HeadingLevels.demote("<h2>a</h2><h3>b</h3>", minimum: 3), "<h3>a</h3><h4>b</h4>")
        XCTAssertEqual(HeadingLevels.demote("<h1>a</h1><h2>b</h2>", minimum: 2), "<h2>a</h2><h3>b</h3>")
    }

    func testNeverMovesAHeadingUpAndCapsAtH6() {
        XCTAssertEqual(HeadingLevels.demote("<h4>a</h4>", minimum: 3), "<h4>a</h4>")
        XCTAssertEqual(HeadingLevels.demote("<h1>a</h1><h5>b</h5><h6>c</h6>", minimum: 3), "<h3>a</h3><h6>b</h6><h6>c</h6>")
    }

    func testLeavesOtherTagsAndTextAlone() {
        let html = "<p>h1 &lt;h2&gt;</p><hr><header>x</header>"
        XCTAssertEqual(HeadingLevels.demote("<h2>t</h2>" + html, minimum: 3), "<h3>t</h3>" + html)
        XCTAssertEqual(HeadingLevels.demote(html, minimum: 3), html)
    }

    func testHeadingsAmongJapaneseTextAndAtTheEnds() {
        XCTAssertEqual(HeadingLevels.demote("<h2>活動内容</h2><p>毎週<b>土曜</b></p><h3>場所</h3>", minimum: 3),
                       "<h3>活動内容</h3><p>毎週<b>土曜</b></p><h4>場所</h4>")
        XCTAssertEqual(HeadingLevels.demote("<h2 id=\"a\">見出し</h2>", minimum: 4), "<h4 id=\"a\">見出し</h4>")
        XCTAssertEqual(HeadingLevels.demote("テキスト<h2", minimum: 3), "テキスト<h2", "a tag cut short is not a heading")
        XCTAssertEqual(HeadingLevels.demote("<h7>x</h7><h0>y</h0>", minimum: 3), "<h7>x</h7><h0>y</h0>")
    }
}
