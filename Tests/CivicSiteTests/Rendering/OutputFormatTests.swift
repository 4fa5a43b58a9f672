@testable import CivicSite
import XCTest

final class OutputFormatTests: XCTestCase {
    func testJSONKeepsKeyOrderAndEscapesForScripts() {
        let value: JSONValue = .object([("b", .int(1)), ("a", .string("</script><b>\"&\n")), ("c", .null), ("d", .array([.bool(true)]))])
        XCTAssertEqual(value.serialized(), #"{"b":1,"a":"\u003c/script\u003e\u003cb\u003e\"\u0026\n","c":null,"d":[true]}"#)
        XCTAssertEqual(value.serialized(scriptSafe: false), #"{"b":1,"a":"</script><b>\"&\n","c":null,"d":[true]}"#)
        XCTAssertEqual(JSONValue.object([("k", .array([]))]).serialized(pretty: true), "{\n  \"k\": []\n}")
        XCTAssertEqual(JSONValue.string("\u{1}\u{2028}").serialized(), #""\u0001\u2028""#)
    }

    func testXMLEscapesEveryMarkupCharacter() {
        XCTAssertEqual(XMLEscape.escape(#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        XCTAssertEqual(XMLEscape.escape("a\u{0}\u{1B}b\tc\nd"), "ab\tc\nd", "characters XML forbids are dropped")
    }

    func testICalendarEscapesAndFoldsWithoutSplittingCharacters() {
        XCTAssertEqual(ICalendarText.escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne")
        // "\r\n" is one Character in Swift: it must not end the property line.
        XCTAssertEqual(ICalendarText.escape("x\r\nBEGIN:VEVENT\ry\u{1}z"), "x\\nBEGIN:VEVENT\\nyz")
        let line = "SUMMARY:" + String(repeating: "防災", count: 20)
        let folded = ICalendarText.fold(line)
        for part in folded.components(separatedBy: "\r\n") {
            XCTAssertLessThanOrEqual(part.utf8.count, 75)
        }
        XCTAssertEqual(folded.replacingOccurrences(of: "\r\n ", with: ""), line)
        XCTAssertEqual(ICalendarText.utc(DateTime(date: LocalDate(year: 2026, month: 12, day: 5), hour: 8, minute: 30)), "20261204T233000Z")
    }

    func testURLsFollowTheSubPathOfTheBaseURL() {
        let urls = SiteURLs(baseURL: "https://example.jp/shimin")
        XCTAssertEqual(urls.basePath, "/shimin/")
        XCTAssertEqual(urls.path(.groups, "foo"), "/shimin/groups/foo/")
        XCTAssertEqual(urls.path(.pages, "about"), "/shimin/about/")
        XCTAssertEqual(urls.absolute(.events), "https://example.jp/shimin/events/")
        XCTAssertEqual(SiteURLs(baseURL: "https://example.jp").basePath, "/")
    }

    func testGojuonRowsFoldKatakanaAndSortTogether() {
        XCTAssertEqual(Gojuon.row(of: "こどもひろば"), "ka")
        XCTAssertEqual(Gojuon.row(of: "アオゾラ"), "a")
        XCTAssertEqual(Gojuon.row(of: "ガクシュウ"), "ka")
        XCTAssertEqual(Gojuon.row(of: "わかば"), "wa")
        XCTAssertEqual(Gojuon.row(of: "NPO"), "other")
        let sorted = ["さくら", "アオゾラ", "かもめ", "いろは"].sorted { Gojuon.sortKey(kana: $0, title: $0) < Gojuon.sortKey(kana: $1, title: $1) }
        XCTAssertEqual(sorted, ["アオゾラ", "いろは", "かもめ", "さくら"])
    }

    func testPlainTextFromHTML() {
        XCTAssertEqual(PlainText.fromHTML("<p>子ども&amp;食堂</p>\n<ul><li>a</li></ul>"), "子ども&食堂 a")
    }
}
