@testable import CivicSite
import XCTest

final class SearchDateParserTests: XCTestCase {
    func testDaysFromCivil() {
        XCTAssertEqual(SearchDateParser.daysFromCivil(1970, 1, 1), 0)
        XCTAssertEqual(SearchDateParser.daysFromCivil(2000, 3, 1), 11017)
        XCTAssertEqual(SearchDateParser.daysFromCivil(2026, 12, 5), 20792)
    }

    func testOffsetsAndJapanTimeByDefault() {
        let utc = SearchDateParser.minutes("2026-12-05T07:00:00Z", dateOnly: .startOfDay)
        XCTAssertEqual(SearchDateParser.minutes("2026-12-05T16:00:00+09:00", dateOnly: .startOfDay), utc)
        XCTAssertEqual(SearchDateParser.minutes("2026-12-05T16:00", dateOnly: .startOfDay), utc)
        XCTAssertEqual(SearchDateParser.minutes("2026-12-05T02:00-05:00", dateOnly: .startOfDay), utc)
        XCTAssertEqual(utc, 20792 * 1440 + 7 * 60)
    }

    func testDateOnlyIsStartOrEndOfTheDayInJapan() {
        let day = 20792 * 1440 - 9 * 60
        XCTAssertEqual(SearchDateParser.minutes("2026-12-05", dateOnly: .startOfDay), day)
        XCTAssertEqual(SearchDateParser.minutes("2026-12-05", dateOnly: .endOfDay), day + 1439)
    }

    func testRejectsMalformedDates() {
        for text in ["", "2026-13-01", "2026/12/05", "2026-12-05T7:00", "2026-12-05T07:00+0x:00", "next week"] {
            XCTAssertNil(SearchDateParser.minutes(text, dateOnly: .startOfDay), text)
        }
    }
}
