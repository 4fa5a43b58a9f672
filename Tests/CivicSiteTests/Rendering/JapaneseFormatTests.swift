@testable import CivicSite
import XCTest

final class JapaneseFormatTests: XCTestCase {
    let day = LocalDate(year: 2026, month: 12, day: 5)

    func testDatesCarryTheWeekday() {
        XCTAssertEqual(JapaneseDateFormat.date(day), "2026年12月5日（土）")
        XCTAssertEqual(JapaneseDateFormat.date(LocalDate(year: 2024, month: 2, day: 29)), "2024年2月29日（木）")
        XCTAssertEqual(JapaneseDateFormat.plainDate(day), "2026年12月5日")
    }

    func testSpansOfEvents() {
        let start = DateTime(date: day, hour: 10, minute: 0)
        XCTAssertEqual(JapaneseDateFormat.span(start: .dateTime(start), end: DateTime(date: day, hour: 12, minute: 0)),
                       "2026年12月5日（土）10:00〜12:00")
        XCTAssertEqual(JapaneseDateFormat.span(start: .dateTime(start), end: DateTime(date: day.adding(days: 1), hour: 16, minute: 30)),
                       "2026年12月5日（土）10:00〜12月6日（日）16:30")
        XCTAssertEqual(JapaneseDateFormat.span(start: .date(day), end: nil), "2026年12月5日（土）")
        XCTAssertEqual(JapaneseDateFormat.span(start: .dateTime(DateTime(date: day, hour: 9, minute: 5)), end: nil),
                       "2026年12月5日（土）9:05")
    }

    func testFiscalYearsWithTheirEra() {
        XCTAssertEqual(JapaneseDateFormat.fiscalYear(2024), "令和6年度")
        XCTAssertEqual(JapaneseDateFormat.fiscalYear(2019), "令和元年度")
        XCTAssertEqual(JapaneseDateFormat.fiscalYear(2018), "平成30年度")
        XCTAssertEqual(JapaneseDateFormat.fiscalYear(1989), "平成元年度")
    }

    func testYenAmounts() {
        XCTAssertEqual(YenFormat.full(500_000), "500,000円")
        XCTAssertEqual(YenFormat.full(0), "0円")
        XCTAssertEqual(YenFormat.short(500_000), "50万円")
        XCTAssertEqual(YenFormat.short(123_456), "123,456円")
        XCTAssertEqual(YenFormat.short(120_000_000), "1億2,000万円")
        XCTAssertEqual(YenFormat.range(min: nil, max: 500_000), "上限50万円")
        XCTAssertEqual(YenFormat.range(min: 100_000, max: 500_000), "10万円〜50万円")
        XCTAssertEqual(YenFormat.range(min: 100_000, max: nil), "10万円以上")
        XCTAssertNil(YenFormat.range(min: nil, max: nil))
    }

    func testCalendarArithmetic() {
        XCTAssertEqual(LocalDate(year: 1970, month: 1, day: 1).daysSinceEpoch, 0)
        XCTAssertEqual(LocalDate(year: 1970, month: 1, day: 1).weekday, 4)
        XCTAssertEqual(LocalDate(year: 2026, month: 12, day: 31).adding(days: 1), LocalDate(year: 2027, month: 1, day: 1))
        XCTAssertEqual(LocalDate(year: 2024, month: 3, day: 1).adding(days: -1), LocalDate(year: 2024, month: 2, day: 29))
        XCTAssertFalse(LocalDate(year: 2026, month: 2, day: 29).isValid)
    }

    func testMomentsWithDifferentOffsetsCompareByInstant() {
        let tokyo = DateTime(date: day, hour: 9, minute: 0)
        let utc = DateTime(date: day, hour: 0, minute: 30, offsetMinutes: 0)
        XCTAssertLessThan(tokyo, utc)
        XCTAssertEqual(tokyo.description, "2026-12-05T09:00:00+09:00")
        XCTAssertEqual(DateTime.currentInJapan(Date(timeIntervalSince1970: 0)).description, "1970-01-01T09:00:00+09:00")
    }
}

final class BuildMomentTests: XCTestCase {
    func testABuildWithoutADateCountsFromTheStartOfTodayInJapan() {
        // 2026-12-01 15:30 UTC is 2026-12-02 00:30 in Japan.
        let clock = Date(timeIntervalSince1970: 1_796_139_000)
        XCTAssertEqual(DateTime.buildMoment(clock: clock).description, "2026-12-02T00:00:00+09:00")
        XCTAssertEqual(DateTime.buildMoment(clock: clock.addingTimeInterval(12 * 3600)), DateTime.buildMoment(clock: clock),
                       "the same day gives the same moment, so the same content builds byte-identical")
    }

    func testSourceDateEpochGivesTheMomentOfStamps() {
        XCTAssertEqual(DateTime.sourceDateEpoch(["SOURCE_DATE_EPOCH": "1796139000"])??.description, "2026-12-02T00:30:00+09:00")
        XCTAssertNil(DateTime.sourceDateEpoch([:]) as DateTime??)
        XCTAssertEqual(DateTime.sourceDateEpoch(["SOURCE_DATE_EPOCH": "yesterday"]).map { $0 == nil }, true)
        XCTAssertEqual(DateTime.sourceDateEpoch(["SOURCE_DATE_EPOCH": "-5"]).map { $0 == nil }, true)
    }
}
