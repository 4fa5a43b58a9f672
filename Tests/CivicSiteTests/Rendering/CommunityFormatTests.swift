@testable import CivicSite
import XCTest

/// 和暦, map links and the build-time bar charts.
final class CommunityFormatTests: XCTestCase {
    func testErasBeginOnTheirOwnDay() {
        XCTAssertEqual(JapaneseDateFormat.era(of: LocalDate(year: 2019, month: 4, day: 30)), "平成31")
        XCTAssertEqual(JapaneseDateFormat.era(of: LocalDate(year: 2019, month: 5, day: 1)), "令和元")
        XCTAssertEqual(JapaneseDateFormat.era(of: LocalDate(year: 1989, month: 1, day: 7)), "昭和64")
        XCTAssertEqual(JapaneseDateFormat.era(of: LocalDate(year: 1989, month: 1, day: 8)), "平成元")
        XCTAssertEqual(JapaneseDateFormat.warekiDate(LocalDate(year: 2026, month: 12, day: 5)), "令和8年（2026年）12月5日（土）")
        // Before 昭和 there is no era we print: the western date alone.
        XCTAssertEqual(JapaneseDateFormat.warekiDate(LocalDate(year: 1920, month: 1, day: 1)), "1920年1月1日（木）")
    }

    func testSpansTakeTheEraOnTheirFirstDateOnly() {
        let day = LocalDate(year: 2026, month: 12, day: 5)
        let start = DateTime(date: day, hour: 10, minute: 0)
        XCTAssertEqual(JapaneseDateFormat.span(start: .dateTime(start), end: DateTime(date: day.adding(days: 1), hour: 16, minute: 0), wareki: true),
                       "令和8年（2026年）12月5日（土）10:00〜12月6日（日）16:00")
        XCTAssertEqual(JapaneseDateFormat.span(start: .date(day), end: nil, wareki: false), "2026年12月5日（土）")
    }

    func testAPinLinksToBothMapsAndAnAddressToASearch() throws {
        let pin = MapLinks.view(geo: GeoPoint(lat: 35.6953, lon: 139.4866), address: "川端1-6", venue: nil, city: "さくら野市")
        XCTAssertEqual(pin.objectEntries["gsi_url"], .string("https://maps.gsi.go.jp/#17/35.6953/139.4866/"))
        XCTAssertEqual(pin.objectEntries["osm_url"], .string("https://www.openstreetmap.org/?mlat=35.6953&mlon=139.4866#map=17/35.6953/139.4866"))
        let search = MapLinks.view(geo: nil, address: nil, venue: "川端第一集会所 A&B", city: "さくら野市")
        XCTAssertEqual(search.objectEntries["gsi_url"], .null)
        let url = try XCTUnwrap({ if case .string(let u)? = search.objectEntries["osm_url"] { return u }; return nil }())
        XCTAssertTrue(url.hasPrefix("https://www.openstreetmap.org/search?query=%E3%81%95"), url)
        XCTAssertFalse(url.contains("&B") || url.contains(" "), "the query is one encoded value: \(url)")
        XCTAssertEqual(MapLinks.view(geo: nil, address: nil, venue: nil, city: "さくら野市"), .null)
    }

    func testGeoCoordinatesAreNumbersInJSON() {
        XCTAssertEqual(MapLinks.jsonLD(GeoPoint(lat: 35.5, lon: 139)).serialized(),
                       #"{"@type":"GeoCoordinates","latitude":35.5,"longitude":139.0}"#)
    }

    func testBarsAreProportionalLabelledAndEscaped() {
        let table = StatTable(id: "t", rows: [.init(id: "a", label: "子ども<食堂>", count: 10), .init(id: "b", label: "環境", count: 5),
                                              .init(id: "c", label: "なし", count: 0)])
        let svg = BarChart.svg(table, labelledBy: "t-h")
        XCTAssertTrue(svg.hasPrefix(#"<svg class="chart" viewBox="0 0 320 114" width="100%" role="img" aria-labelledby="t-h" aria-describedby="t-desc""#), svg)
        XCTAssertTrue(svg.contains("<desc id=\"t-desc\">子ども&lt;食堂&gt; 10、環境 5、なし 0</desc>"), svg)
        XCTAssertTrue(svg.contains(#"width="276""#) && svg.contains(#"width="138""#), "the longest bar fills the width, half the count half of it: \(svg)")
        XCTAssertEqual(svg.components(separatedBy: "<rect").count - 1, 2, "a zero draws no bar")
        XCTAssertTrue(svg.contains(#"<text x="6" y="107">0</text>"#), "a zero still says so")
        XCTAssertFalse(svg.contains("<script"))
    }

    func testMonthsAheadAreOutlinedSoTheyReadInMonochrome() {
        let table = StatTable(id: "m", rows: [.init(id: "2026-11", label: "2026年11月", count: 2),
                                              .init(id: "2026-12", label: "2026年12月", count: 2, ahead: true)])
        let rects = BarChart.svg(table, labelledBy: "m-h").components(separatedBy: "<rect").dropFirst()
        XCTAssertTrue(rects.first!.contains(##"fill="#0b5d3b""##))
        XCTAssertTrue(rects.last!.contains(##"fill="#fff" stroke="#0b5d3b""##))
    }
}
