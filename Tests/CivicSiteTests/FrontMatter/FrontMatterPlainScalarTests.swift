import XCTest
@testable import CivicSite

/// Plain scalars: where they stop, comments, folding over lines, `raw`.
final class FrontMatterPlainScalarTests: XCTestCase {
    func testHashStartsACommentOnlyAfterWhiteSpace() {
        XCTAssertEqual(FrontMatterCheck.value("a: x#y\nb: x #y\nc: https://x.jp/#frag\nd: 'q' # c\n"),
                       #"{a: "x#y", b: "x", c: "https://x.jp/#frag", d: "q"}"#)
    }

    func testColonWithoutSpaceStaysText() {
        XCTAssertEqual(FrontMatterCheck.value("time: 10:30\nurl: http://a.jp:8080/x\n"),
                       #"{time: "10:30", url: "http://a.jp:8080/x"}"#)
    }

    func testIndicatorsFollowedByTextStartAPlainScalar() {
        XCTAssertEqual(FrontMatterCheck.value("a: ?x\nb: :x\nc: -x\nd: -1\n"), #"{a: "?x", b: ":x", c: "-x", d: -1}"#)
    }

    func testMultiLinePlainScalarIsFolded() {
        XCTAssertEqual(FrontMatterCheck.value("a: 市民の\n  活動を\n\n  支える\n\n\n  会\nb: 1\n"),
                       #"{a: "市民の 活動を\n支える\n\n会", b: 1}"#)
    }

    func testContinuationMayStartWithADashOrQuote() {
        XCTAssertEqual(FrontMatterCheck.value("a: b\n  - c\n  \"d\"\n"), #"{a: "b - c \"d\""}"#)
    }

    func testCommentEndsAMultiLineScalar() {
        XCTAssertEqual(FrontMatterCheck.value("a: x\n  # note\nb: y\n"), #"{a: "x", b: "y"}"#)
    }

    func testTrailingBlanksAreNotPartOfTheValue() {
        XCTAssertEqual(FrontMatterCheck.value("a: x  \t\nb: y z  \n"), #"{a: "x", b: "y z"}"#)
    }

    func testSequenceItemsFoldToo() {
        XCTAssertEqual(FrontMatterCheck.value("a:\n- one\n  two\n- three\n"), #"{a: ["one two", "three"]}"#)
    }

    func testRawKeepsTheTextAsWritten() {
        let fees = FrontMatterCheck.entry("fees: 1000\n", "fees")?.value
        XCTAssertEqual(fees?.value, .int(1000))
        XCTAssertEqual(fees?.raw, "1000")
        XCTAssertEqual(fees?.style, .plain)
        let tel = FrontMatterCheck.entry("tel: 0120  # free\n", "tel")?.value
        XCTAssertEqual(tel?.value, .int(120))
        XCTAssertEqual(tel?.raw, "0120")
        let folded = FrontMatterCheck.entry("a: x\n  y\n", "a")?.value
        XCTAssertEqual(folded?.value, .string("x y"))
        XCTAssertEqual(folded?.raw, "x\n  y")
    }
}
