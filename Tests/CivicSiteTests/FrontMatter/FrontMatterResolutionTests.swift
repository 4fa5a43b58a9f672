import XCTest
@testable import CivicSite

/// YAML 1.2 core-schema resolution of plain scalars, including the values
/// a YAML 1.1 reader such as PyYAML gets wrong.
final class FrontMatterResolutionTests: XCTestCase {
    func testNulls() {
        XCTAssertEqual(FrontMatterCheck.value("a: ~\nb: null\nc: Null\nd: NULL\ne: nULL\nf:\n"),
                       #"{a: null, b: null, c: null, d: null, e: "nULL", f: null}"#)
    }

    func testBooleansButNotYesNoOnOff() {
        XCTAssertEqual(FrontMatterCheck.value("a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE\n"),
                       "{a: true, b: true, c: true, d: false, e: false, f: false}")
        // PyYAML (YAML 1.1) reads all of these as booleans.
        XCTAssertEqual(FrontMatterCheck.value("a: yes\nb: no\nc: on\nd: off\ne: Yes\nf: tRUE\n"),
                       #"{a: "yes", b: "no", c: "on", d: "off", e: "Yes", f: "tRUE"}"#)
    }

    func testIntegers() {
        // PyYAML: 0o17 is text, 0123 and 010 are octal (83, 8), 1_000 is 1000.
        XCTAssertEqual(FrontMatterCheck.value("a: 0x1F\nb: 0o17\nc: 0123\nd: +12\ne: -0\nf: 010\ng: 1_000\nh: 0xG\n"),
                       #"{a: 31, b: 15, c: 123, d: 12, e: 0, f: 10, g: "1_000", h: "0xG"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: 9223372036854775807\nb: -9223372036854775808\n"),
                       "{a: 9223372036854775807, b: -9223372036854775808}")
    }

    func testFloats() {
        // PyYAML: 1e3 and -.5e3 are text (its float pattern needs a dot).
        XCTAssertEqual(FrontMatterCheck.value("a: 1.5\nb: -2e3\nc: 1.\nd: .5\ne: -.5e3\nf: 1e3\ng: +1.0E+2\n"),
                       "{a: 1.5, b: -2000.0, c: 1.0, d: 0.5, e: -500.0, f: 1000.0, g: 100.0}")
        XCTAssertEqual(FrontMatterCheck.value("a: .inf\nb: -.Inf\nc: +.INF\nd: .nan\ne: .NaN\nf: .NAN\n"),
                       "{a: inf, b: -inf, c: inf, d: nan, e: nan, f: nan}")
        XCTAssertEqual(FrontMatterCheck.value("a: .\nb: 1e\nc: e3\nd: 1.2.3\ne: inf\nf: NaN\n"),
                       #"{a: ".", b: "1e", c: "e3", d: "1.2.3", e: "inf", f: "NaN"}"#)
    }

    func testDatesTimesAndVersionsStayText() {
        // PyYAML turns the first into a date and the second into 750 (base 60).
        XCTAssertEqual(FrontMatterCheck.value("date: 2024-04-01\ntime: 12:30\nver: 1.2.0\ntel: 03-1234-5678\n"),
                       #"{date: "2024-04-01", time: "12:30", ver: "1.2.0", tel: "03-1234-5678"}"#)
    }

    func testResolutionAlsoAppliesInFlowCollections() {
        XCTAssertEqual(FrontMatterCheck.value("a: [1, 1.5, true, ~, yes, '2']\n"), #"{a: [1, 1.5, true, null, "yes", "2"]}"#)
    }
}
