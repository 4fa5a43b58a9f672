import XCTest
@testable import CivicSite

final class EventDecoderTests: XCTestCase {
    private let path = "content/events/setsumeikai.md"

    private func decode(_ text: String) -> DecodingResult<Event> {
        EventDecoder.decode(DecodingTestNodes.document(path, text))
    }

    private func base(start: String, end: String? = nil, extra: String = "") -> String {
        "title: 説明会\nstart: \(start)\n" + (end.map { "end: \($0)\n" } ?? "") + "summary: 説明します。" + extra
    }

    func testStartAsADateOrADateTimeInJapan() {
        XCTAssertEqual(decode(base(start: "2026-12-05")).record?.start, .date(LocalDate(year: 2026, month: 12, day: 5)))
        XCTAssertEqual(decode(base(start: "2026-12-05 10:00")).record?.start,
                       .dateTime(DateTime(date: LocalDate(year: 2026, month: 12, day: 5), hour: 10, minute: 0)))
        XCTAssertEqual(decode(base(start: "2026-12-05T10:00:30Z")).record?.start,
                       .dateTime(DateTime(date: LocalDate(year: 2026, month: 12, day: 5), hour: 10, minute: 0, second: 30, offsetMinutes: 0)))
        XCTAssertEqual(decode(base(start: "2026-12-05T10:00:00+09:00")).record?.start.moment.description, "2026-12-05T10:00:00+09:00")
    }

    func testEndAsATimeMeansTheStartDayInTheStartOffset() {
        let event = decode(base(start: "2026-12-05T10:00-05:00", end: "12:30")).record
        XCTAssertEqual(event?.end?.description, "2026-12-05T12:30:00-05:00")
        XCTAssertEqual(decode(base(start: "2026-12-05", end: "2026-12-06 15:00")).record?.end?.description, "2026-12-06T15:00:00+09:00")
    }

    func testEndAsADateAloneIsRefused() {
        assertDiagnostics(decode(base(start: "2026-12-05", end: "2026-12-06")).diagnostics, """
            content/events/setsumeikai.md:4:6: error: 'end' must be a time (HH:MM) or a date and time (YYYY-MM-DD HH:MM), found a date alone
                hint: add the time it ends: 'end: 2026-12-06 HH:MM' (an all-day event needs no end)
            """)
    }

    func testMalformedAndImpossibleTimes() {
        assertDiagnostics(decode(base(start: "12月5日 10時")).diagnostics, """
            content/events/setsumeikai.md:3:8: error: 'start' must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DD HH:MM), found '12月5日 10時'
                hint: write 'start: 2026-12-05 10:00' (no year was written; 2026 was assumed)
            """)
        assertDiagnostics(decode(base(start: "2026-12-05 25:00")).diagnostics, """
            content/events/setsumeikai.md:3:8: error: 'start' is not a real date or time: '2026-12-05 25:00'
                hint: there is no time 25:00
            """)
        assertDiagnostics(decode(base(start: "2026-12-05", end: "9:30")).diagnostics, """
            content/events/setsumeikai.md:4:6: error: 'end' must be a time (HH:MM) or a date and time (YYYY-MM-DD HH:MM), found '9:30'
                hint: write 'end: "09:30"'
            """)
    }

    func testFeeCapacityAndOnline() throws {
        let event = try XCTUnwrap(decode(base(start: "2026-12-05", extra: "\nfee: 0\ncapacity: 先着20名\nonline: https://meet.example.jp/x")).record)
        XCTAssertEqual(event.fee, .yen(0))
        XCTAssertTrue(event.fee?.isFree ?? false)
        XCTAssertEqual(event.capacity, .text("先着20名"))
        XCTAssertEqual(event.online, .url("https://meet.example.jp/x"))
        let other = decode(base(start: "2026-12-05", extra: "\nfee: 資料代 500円\ncapacity: 30\nonline: true")).record
        XCTAssertEqual(other?.fee, .text("資料代 500円"))
        XCTAssertEqual(other?.capacity, .people(30))
        XCTAssertEqual(other?.online, .yes)
    }

    func testOrganizersAreKeptWithItemLocations() {
        let event = decode(base(start: "2026-12-05", extra: "\norganizers: sakura\napply_by: 2026-12-01\napply_url: https://example.jp/form")).record
        XCTAssertEqual(event?.organizers, ["sakura"])
        XCTAssertEqual(event?.source.keyLocations["organizers[0]"], SourceLocation(file: path, line: 5, column: 13))
        XCTAssertEqual(event?.applyBy, LocalDate(year: 2026, month: 12, day: 1))
    }

    func testAllRequiredKeysMissingAreAllReported() {
        assertDiagnostics(decode("venue: 市民活動センター").diagnostics, """
            content/events/setsumeikai.md:1:1: error: missing required key 'title'
                hint: add a line such as 'title: 子ども食堂ボランティア説明会'
            content/events/setsumeikai.md:1:1: error: missing required key 'start'
                hint: add a line such as 'start: 2026-12-05 10:00'
            content/events/setsumeikai.md:1:1: error: missing required key 'summary'
                hint: add a line such as 'summary: 活動内容と参加方法をご説明します。'
            """)
    }
}
