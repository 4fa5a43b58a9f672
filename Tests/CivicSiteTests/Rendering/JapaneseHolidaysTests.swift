import XCTest
@testable import CivicSite

/// The holidays of recent years as the Cabinet Office lists them (国民の祝日・休日).
final class JapaneseHolidaysTests: XCTestCase {
    static let expected: [Int: String] = [
        2019: """
        01-01 元日, 01-14 成人の日, 02-11 建国記念の日, 03-21 春分の日, 04-29 昭和の日, 04-30 国民の休日,
        05-01 天皇の即位の日, 05-02 国民の休日, 05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 振替休日,
        07-15 海の日, 08-11 山の日, 08-12 振替休日, 09-16 敬老の日, 09-23 秋分の日, 10-14 体育の日,
        10-22 即位礼正殿の儀の行われる日, 11-03 文化の日, 11-04 振替休日, 11-23 勤労感謝の日
        """,
        2020: """
        01-01 元日, 01-13 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 02-24 振替休日, 03-20 春分の日, 04-29 昭和の日,
        05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 振替休日, 07-23 海の日, 07-24 スポーツの日,
        08-10 山の日, 09-21 敬老の日, 09-22 秋分の日, 11-03 文化の日, 11-23 勤労感謝の日
        """,
        2021: """
        01-01 元日, 01-11 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-20 春分の日, 04-29 昭和の日,
        05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 07-22 海の日, 07-23 スポーツの日, 08-08 山の日,
        08-09 振替休日, 09-20 敬老の日, 09-23 秋分の日, 11-03 文化の日, 11-23 勤労感謝の日
        """,
        2022: """
        01-01 元日, 01-10 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-21 春分の日, 04-29 昭和の日,
        05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 07-18 海の日, 08-11 山の日, 09-19 敬老の日,
        09-23 秋分の日, 10-10 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日
        """,
        2023: """
        01-01 元日, 01-02 振替休日, 01-09 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-21 春分の日, 04-29 昭和の日,
        05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 07-17 海の日, 08-11 山の日, 09-18 敬老の日,
        09-23 秋分の日, 10-09 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日
        """,
        2024: """
        01-01 元日, 01-08 成人の日, 02-11 建国記念の日, 02-12 振替休日, 02-23 天皇誕生日, 03-20 春分の日, 04-29 昭和の日,
        05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 振替休日, 07-15 海の日, 08-11 山の日,
        08-12 振替休日, 09-16 敬老の日, 09-22 秋分の日, 09-23 振替休日, 10-14 スポーツの日, 11-03 文化の日,
        11-04 振替休日, 11-23 勤労感謝の日
        """,
        2025: """
        01-01 元日, 01-13 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 02-24 振替休日, 03-20 春分の日, 04-29 昭和の日,
        05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 振替休日, 07-21 海の日, 08-11 山の日,
        09-15 敬老の日, 09-23 秋分の日, 10-13 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日, 11-24 振替休日
        """,
        2026: """
        01-01 元日, 01-12 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-20 春分の日, 04-29 昭和の日,
        05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 05-06 振替休日, 07-20 海の日, 08-11 山の日,
        09-21 敬老の日, 09-22 国民の休日, 09-23 秋分の日, 10-12 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日
        """,
        2027: """
        01-01 元日, 01-11 成人の日, 02-11 建国記念の日, 02-23 天皇誕生日, 03-21 春分の日, 03-22 振替休日, 04-29 昭和の日,
        05-03 憲法記念日, 05-04 みどりの日, 05-05 こどもの日, 07-19 海の日, 08-11 山の日, 09-20 敬老の日,
        09-23 秋分の日, 10-11 スポーツの日, 11-03 文化の日, 11-23 勤労感謝の日
        """,
    ]

    static func listed(_ year: Int) -> String {
        JapaneseHolidays.holidays(in: year).map { h in
            String(h.date.description.dropFirst(5)) + " " + h.name
        }.joined(separator: ", ")
    }

    func testRecentYearsMatchTheCabinetOfficeLists() {
        for (year, text) in Self.expected.sorted(by: { $0.key < $1.key }) {
            let want = text.replacingOccurrences(of: ",\n", with: ", ")
            XCTAssertEqual(Self.listed(year), want, "\(year)")
        }
    }

    func testEquinoxDaysOfEarlierAndLaterYears() {
        // Announced dates, and the ones the formula is known to give later.
        let vernal = [1950: 21, 1960: 20, 1979: 21, 1980: 20, 1992: 20, 2000: 20, 2010: 21, 2030: 20, 2044: 20, 2092: 19, 2099: 20]
        let autumnal = [1950: 23, 1979: 24, 1980: 23, 2000: 23, 2012: 22, 2030: 23, 2044: 22, 2099: 23]
        for (year, day) in vernal { XCTAssertEqual(JapaneseHolidays.vernalEquinoxDay(year), day, "春分 \(year)") }
        for (year, day) in autumnal { XCTAssertEqual(JapaneseHolidays.autumnalEquinoxDay(year), day, "秋分 \(year)") }
        XCTAssertNil(JapaneseHolidays.vernalEquinoxDay(2151), "no constants past 2150")
    }

    func testRulesOfEarlierAmendments() {
        let names = { (y: Int) in Dictionary(JapaneseHolidays.holidays(in: y).map { ($0.date.description, $0.name) }) { a, _ in a } }
        // Before the Happy Monday law: 成人の日 on 1月15日, 体育の日 on 10月10日.
        XCTAssertEqual(names(1999)["1999-01-15"], "成人の日")
        XCTAssertEqual(names(1999)["1999-10-11"], "振替休日", "10月10日 was a Sunday")
        // Heisei: 天皇誕生日 on 12月23日, 4月29日 みどりの日, 5月4日 国民の休日.
        XCTAssertEqual(names(2005)["2005-12-23"], "天皇誕生日")
        XCTAssertEqual(names(2005)["2005-04-29"], "みどりの日")
        XCTAssertEqual(names(2005)["2005-05-04"], "国民の休日")
        // Before 2007 a substitute day was only the Monday: 5月3日 2009 on a Sunday moves to 5月6日.
        XCTAssertEqual(names(2009)["2009-05-06"], "振替休日")
        XCTAssertEqual(names(2009)["2009-09-22"], "国民の休日", "between 敬老の日 and 秋分の日")
        // The first substitute holiday: 1973-04-30; none before the law of 1973-04-12.
        XCTAssertEqual(names(1973)["1973-04-30"], "振替休日")
        XCTAssertNil(names(1972)["1972-01-17"], "1月16日 1972 was a Sunday, before substitute days")
        XCTAssertEqual(names(1989)["1989-02-24"], "昭和天皇の大喪の礼")
        XCTAssertEqual(names(2015)["2015-09-22"], "国民の休日")
        XCTAssertNil(names(2015)["2015-08-11"], "山の日 began in 2016")
        XCTAssertEqual(names(2016)["2016-08-11"], "山の日")
        XCTAssertTrue(JapaneseHolidays.holidays(in: 1948).isEmpty)
    }

    func testDatesMarkHolidaysAndDaysOff() {
        XCTAssertEqual(JapaneseDateFormat.date(LocalDate(year: 2027, month: 1, day: 11)), "2027年1月11日（月・祝）")
        XCTAssertEqual(JapaneseDateFormat.date(LocalDate(year: 2027, month: 3, day: 22)), "2027年3月22日（月・休）")
        XCTAssertEqual(JapaneseDateFormat.date(LocalDate(year: 2026, month: 9, day: 22)), "2026年9月22日（火・休）")
        XCTAssertEqual(JapaneseDateFormat.date(LocalDate(year: 2026, month: 12, day: 5)), "2026年12月5日（土）")
        let span = JapaneseDateFormat.span(start: .date(LocalDate(year: 2027, month: 5, day: 2)),
                                           end: DateTime(date: LocalDate(year: 2027, month: 5, day: 3), hour: 12, minute: 0))
        XCTAssertEqual(span, "2027年5月2日（日）〜5月3日（月・祝）")
    }

    func testNamesInARange() {
        let names = JapaneseHolidays.names(from: LocalDate(year: 2026, month: 12, day: 1), to: LocalDate(year: 2027, month: 1, day: 31))
        XCTAssertEqual(names.keys.sorted().map(\.description), ["2027-01-01", "2027-01-11"])
        XCTAssertEqual(names[LocalDate(year: 2027, month: 1, day: 11)], "成人の日")
    }
}
