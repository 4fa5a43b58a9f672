import XCTest
@testable import CivicSite

final class DecodingDateTextTests: XCTestCase {
    func testDatesMustBeRealCalendarDays() {
        XCTAssertEqual(try DecodingDateText.date("2028-02-29").get(), LocalDate(year: 2028, month: 2, day: 29))
        XCTAssertEqual(DecodingDateText.date("2026-02-29").failure, .notReal("2026-02 has 28 days"))
        XCTAssertEqual(DecodingDateText.date("2026-13-01").failure, .notReal("there is no month 13"))
        XCTAssertEqual(DecodingDateText.date("2026-4-1").failure, .malformed)
        XCTAssertEqual(DecodingDateText.date("2026-04-01x").failure, .malformed)
    }

    func testDateTimesWithAndWithoutOffsets() throws {
        XCTAssertEqual(try DecodingDateText.dateTime("2026-12-05 10:00").get().description, "2026-12-05T10:00:00+09:00")
        XCTAssertEqual(try DecodingDateText.dateTime("2026-12-05T10:00:00+09:00").get().description, "2026-12-05T10:00:00+09:00")
        XCTAssertEqual(try DecodingDateText.dateTime("2026-12-05T01:00Z").get().description, "2026-12-05T01:00:00+00:00")
        XCTAssertEqual(try DecodingDateText.dateTime("2026-12-05T10:00:00-0330").get().offsetMinutes, -210)
        XCTAssertEqual(DecodingDateText.dateTime("2026-12-05 10:60").failure, .notReal("there is no time 10:60"))
        XCTAssertEqual(DecodingDateText.dateTime("2026-12-05 10時").failure, .malformed)
        XCTAssertEqual(DecodingDateText.dateTime("2026-12-05T10:00+09").failure, .malformed)
    }

    func testMomentsWithDifferentOffsetsCompareAsInstants() throws {
        let tokyo = try DecodingDateText.dateTime("2026-12-05T10:00+09:00").get()
        let utc = try DecodingDateText.dateTime("2026-12-05T01:00Z").get()
        XCTAssertEqual(tokyo.epochSeconds, utc.epochSeconds)
    }

    func testGuessForHints() {
        XCTAssertEqual(DecodingDateText.guess("2026年4月1日"), "2026-04-01")
        XCTAssertEqual(DecodingDateText.guess("2026/2/30"), nil)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
