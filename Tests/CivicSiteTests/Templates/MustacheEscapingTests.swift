import XCTest
@testable import CivicSite

/// `{{name}}` escaping, which copies the runs between escaped characters as bytes.
final class MustacheEscapingTests: XCTestCase {
    /// Escaped both ways, into a `String` (feeds) and into the renderer's
    /// bytes: both must agree.
    private func escaped(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        var out = "["
        MustacheHTML.appendEscaped(text, to: &out)
        var bytes = MustacheOutput(capacity: 0)
        bytes.append("[")
        bytes.appendEscaped(text)
        XCTAssertEqual(bytes.text, out, "bytes and text", file: file, line: line)
        return out
    }

    func testEscapesTheFiveCharactersAnywhereInTheValue() {
        XCTAssertEqual(escaped(""), "[")
        XCTAssertEqual(escaped("市民活動"), "[市民活動")
        XCTAssertEqual(escaped("<a href=\"x\">'&'</a>"), "[&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        XCTAssertEqual(escaped("&"), "[&amp;")
        XCTAssertEqual(escaped("子ども食堂&学習支援"), "[子ども食堂&amp;学習支援")
        XCTAssertEqual(escaped("<<>>"), "[&lt;&lt;&gt;&gt;")
    }

    /// A combining mark after an escaped character forms one Character with
    /// it; the mark must be kept and the character still escaped.
    func testKeepsACombiningMarkThatFollowsAnEscapedCharacter() {
        XCTAssertEqual(escaped("<\u{0338}b"), "[&lt;\u{0338}b")
        XCTAssertEqual(escaped("a\"\u{0301}"), "[a&quot;\u{0301}")
        XCTAssertEqual(escaped("e\u{0301}&"), "[e\u{0301}&amp;")
    }
}
