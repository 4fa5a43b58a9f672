import XCTest
@testable import CivicSite

final class DecodingDateTextTests: XCTestCase {
    func testDatesMustBeRealCalendarDays() {
        XCTAssertEqual(try DecodingDateText.date("2028-02-29").get(), LocalDate(year: 2028, month: 2, day: 29))
        XCTAssertEqual(DecodingDateText.date("2026-02-29").failure, .notReal(.monthHasDays(year: 2026, month: 2, days: 28)))
        XCTAssertEqual(DecodingDateText.date("2026-13-01").failure, .notReal(.noSuchMonth(13)))
        XCTAssertEqual(DecodingDateText.date("2026-4-1").failure, .malformed)
        XCTAssertEqual(DecodingDateText.date("2026-04-01x").failure, .malformed)
    }

    func testDateTimesWithAndWithoutOffsets() throws {
        XCTAssertEqual(try DecodingDateText.dateTime("2026-12-05 10:00").get().description, "2026-12-05T10:00:00+09:00")
        XCTAssertEqual(try DecodingDateText.dateTime("2026-12-05T10:00:00+09:00").get().description, "2026-12-05T10:00:00+09:00")
        XCTAssertEqual(try DecodingDateText.dateTime("2026-12-05T01:00Z").get().description, "2026-12-05T01:00:00+00:00")
        XCTAssertEqual(try DecodingDateText.dateTime("2026-12-05T10:00:00-0330").get().offsetMinutes, -210)
        XCTAssertEqual(DecodingDateText.dateTime("2026-12-05 10:60").failure, .notReal(.noSuchTime("10:60")))
        XCTAssertEqual(DecodingDateText.dateTime("2026-12-05 10時").failure, .malformed)
        XCTAssertEqual(DecodingDateText.dateTime("2026-12-05T10:00+09").failure, .malformed)
    }

    func testMomentsWithDifferentOffsetsCompareAsInstants() throws {
        let tokyo = try DecodingDateText.dateTime("2026-12-05T10:00+09:00").get()
        let utc = try DecodingDateText.dateTime("2026-12-05T01:00Z").get()
        XCTAssertEqual(tokyo.epochSeconds, utc.epochSeconds)
    }

    func testReasonsAreWordedInBothLanguages() {
        let d = Diagnostic(.notARealDate, at: .file("t"), ["key": "deadline", "value": "2026-02-29",
                                                           "reason": Term.dateReason(.monthHasDays(year: 2026, month: 2, days: 28))])
        XCTAssertEqual(d.hint(in: .en), "2026-02 has 28 days")
        XCTAssertEqual(d.hint(in: .ja), "2026年2月は28日までです")
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
