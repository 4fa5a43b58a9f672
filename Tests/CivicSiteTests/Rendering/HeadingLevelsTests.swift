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
}
