import XCTest
@testable import CivicSite

/// `status` of events and groups, and the new date of a postponed event.
final class EventStatusDecodingTests: XCTestCase {
    private func decode(_ lines: String) -> DecodingResult<Event> {
        EventDecoder.decode(DecodingTestNodes.document("content/events/kai.md",
                                                        "title: 説明会\nstart: 2026-12-05 10:00\nend: \"12:30\"\nsummary: 説明します。\n" + lines))
    }

    func testEveryStatusIsReadFromItsLabelItsIdOrAnAlias() {
        XCTAssertEqual(decode("status: 中止").record?.notice, .cancelled)
        XCTAssertEqual(decode("status: full").record?.notice, .full)
        XCTAssertEqual(decode("status: 受付終了").record?.notice, .closed)
        XCTAssertEqual(decode("status: 申込終了").record?.notice, .closed)
        XCTAssertEqual(decode("status: ｃａｎｃｅｌｌｅｄ").record?.notice, .cancelled, "full-width letters are read")
        XCTAssertNil(decode("").record?.notice)
        XCTAssertEqual(decode("status: 中止").record?.isCalledOff, true)
        XCTAssertEqual(decode("status: 延期").record?.isCalledOff, true, "postponed without a new date")
        XCTAssertEqual(decode("status: 満員").record?.isCalledOff, false)
    }

    func testAPostponedEventMovesWithItsLength() throws {
        let moved = try XCTUnwrap(decode("status: 延期\npostponed_to: 2027-01-16 13:00").record)
        XCTAssertEqual(moved.start.moment.description, "2027-01-16T13:00:00+09:00")
        XCTAssertEqual(moved.end?.description, "2027-01-16T15:30:00+09:00", "two and a half hours, as before")
        XCTAssertEqual(moved.previousStart?.moment.description, "2026-12-05T10:00:00+09:00")
        XCTAssertFalse(moved.isCalledOff)
        // A new day without a time keeps the times of day.
        let day = try XCTUnwrap(decode("status: 延期\npostponed_to: 2026-12-19").record)
        XCTAssertEqual(day.start, .date(LocalDate(year: 2026, month: 12, day: 19)))
        XCTAssertEqual(day.end?.description, "2026-12-19T12:30:00+09:00")
    }

    func testANewDateWithoutPostponedIsAnErrorAndNotUsed() {
        let result = decode("postponed_to: 2027-01-16 10:00")
        XCTAssertEqual(result.diagnostics.map(\.id), ["CS2601"])
        XCTAssertNil(result.record?.previousStart)
    }

    func testANewDateNotAfterTheStartIsAWarning() {
        let result = decode("status: 延期\npostponed_to: 2026-11-16 10:00")
        XCTAssertEqual(result.diagnostics.map(\.id), ["CS2602"])
        XCTAssertEqual(result.record?.start.day, LocalDate(year: 2026, month: 11, day: 16), "still published as written")
    }

    func testAComputedStatusWrittenByHandGetsItsOwnHint() {
        let result = decode("status: 開催予定")
        XCTAssertEqual(result.diagnostics.map(\.id), ["CS2106"])
        XCTAssertEqual(result.diagnostics.first?.hint, "'開催予定' is shown from the dates by itself; remove the 'status:' line")
    }

    func testGroupStatus() {
        let text = "title: 会\nkana: かい\ntype: 任意団体\nfields: [children]\nsummary: 会です。\n"
        let group = { (lines: String) in GroupDecoder.decode(DecodingTestNodes.document("content/groups/kai.md", text + lines)) }
        XCTAssertEqual(group("status: 休止中").record?.status, .paused)
        XCTAssertEqual(group("status: dissolved").record?.isRetired, true)
        XCTAssertEqual(group("").record?.isRetired, false)
        XCTAssertEqual(group("status: 休止\nrecruiting:\n  members: true").diagnostics.map(\.id), ["CS2603"])
    }
}
