import XCTest
@testable import CivicSite

/// The readings behind the hints that convert what staff typed: each is
/// certain, or there is none.
final class WrittenValueTests: XCTestCase {
    func testAmountsInYen() {
        let cases: [(String, Int)] = [
            ("20万円", 200_000), ("20万", 200_000), ("1,000円", 1_000), ("5千円", 5_000), ("１０００", 1_000), ("１０００円", 1_000),
            ("1.5万円", 15_000), ("1万5千円", 15_000), ("1万500円", 10_500), ("1億2000万円", 120_000_000), ("¥3,000", 3_000),
            ("￥3,000", 3_000), ("300,000円", 300_000), ("無料", 0), ("０円", 0), ("“20万円”", 200_000),
        ]
        for (text, amount) in cases {
            XCTAssertEqual(WrittenValue.wholeNumber(text, .yen), amount, text)
        }
    }

    func testNoAmountWhenItIsNotCertain() {
        for text in ["約5万円", "5万円程度", "未定", "5万円以内", "1〜2万円", "1,00円", "1,0000円", "1.5円", "5万1万", "万円", "", "5ドル"] {
            XCTAssertNil(WrittenValue.wholeNumber(text, .yen), text)
        }
        XCTAssertNil(WrittenValue.wholeNumber("無料", .people), "無料 is an amount, not a number of people")
    }

    func testNumbersOfPeople() {
        XCTAssertEqual(WrittenValue.wholeNumber("28人", .people), 28)
        XCTAssertEqual(WrittenValue.wholeNumber("1,200人", .people), 1_200)
        XCTAssertEqual(WrittenValue.wholeNumber("２８名", .people), 28)
        XCTAssertNil(WrittenValue.wholeNumber("約30人", .people))
        XCTAssertNil(WrittenValue.wholeNumber("30人以上", .people))
        XCTAssertNil(WrittenValue.wholeNumber("28円", .people))
    }

    func testYearsAloneWithEras() {
        let cases: [(String, Int)] = [
            ("令和6年", 2024), ("令和6年度", 2024), ("令和元年", 2019), ("令和６年", 2024), ("平成元年", 1989), ("平成31年", 2019),
            ("昭和64年", 1989), ("昭和元年", 1926), ("R6", 2024), ("r6", 2024), ("H31年", 2019), ("S50", 1975), ("2024年", 2024),
            ("2024年度", 2024), ("西暦2024年", 2024), ("㍻10年", 1998),
        ]
        for (text, year) in cases {
            XCTAssertEqual(WrittenValue.year(text), year, text)
            XCTAssertEqual(WrittenValue.wholeNumber(text, .year), year, text)
        }
        for text in ["令和", "令和6年4月", "来年度", "R", "20245", "6年"] {
            XCTAssertNil(WrittenValue.year(text), text)
        }
    }

    private let today = LocalDate(year: 2026, month: 12, day: 1)

    private func day(_ text: String, _ choice: WrittenValue.YearChoice = .nextOnOrAfter) -> String? {
        WrittenValue.dateText(text).flatMap { written in
            WrittenValue.day(of: written, today: today, choice: choice).map { "\($0.date)\($0.assumedYear ? " assumed" : "")" }
        }
    }

    func testDatesAsPeopleWriteThem() {
        let cases: [(String, String)] = [
            ("2027/3/14", "2027-03-14"), ("2027-3-14", "2027-03-14"), ("2027.3.14", "2027-03-14"), ("2027年3月14日", "2027-03-14"),
            ("令和9年3月14日", "2027-03-14"), ("R9.3.14", "2027-03-14"), ("R9/3/14", "2027-03-14"), ("令和元年5月1日", "2019-05-01"),
            ("平成31年4月30日", "2019-04-30"), ("２０２７／３／１４", "2027-03-14"), ("２０２７年３月１４日", "2027-03-14"),
            ("「2027-03-14」", "2027-03-14"), ("2027年3月14日(日)", "2027-03-14"), ("2027年3月14日（日曜日）", "2027-03-14"),
        ]
        for (text, date) in cases {
            XCTAssertEqual(day(text), date, text)
        }
    }

    func testADateWithoutAYearSaysWhichYearWasAssumed() {
        XCTAssertEqual(day("3月14日"), "2027-03-14 assumed", "the next 14 March after 1 December 2026")
        XCTAssertEqual(day("12月5日"), "2026-12-05 assumed")
        XCTAssertEqual(day("12月1日"), "2026-12-01 assumed", "today counts as ahead")
        XCTAssertEqual(day("3/14"), "2027-03-14 assumed")
        XCTAssertEqual(day("3月14日", .lastOnOrBefore), "2026-03-14 assumed", "an update lies behind")
        XCTAssertEqual(day("2月29日"), "2028-02-29 assumed", "the next leap year")
        XCTAssertEqual(day("3月14日(日)"), "2027-03-14 assumed", "14 March 2027 is a Sunday")
        XCTAssertNil(day("3月14日(土)"), "a day of the week that does not match is no certain date")
    }

    func testNoDateWhenItIsNotCertain() {
        for text in ["3月中旬", "3月14日頃", "2027/2/30", "13月1日", "2027年3/14", "令和9年3月", "来週の土曜日", "3.14", "2027/3-14"] {
            XCTAssertNil(day(text), text)
        }
    }

    func testDatesWithTimesAndRanges() {
        func moment(_ text: String) -> String? {
            WrittenValue.dateText(text).map { w in
                [w.time.map { "\($0)" }, w.endTime.map { "to \($0)" }].compactMap { $0 }.joined(separator: " ")
            }
        }
        XCTAssertEqual(moment("2027/3/14 13:30"), "13:30")
        XCTAssertEqual(moment("2027年3月14日 13時30分"), "13:30")
        XCTAssertEqual(moment("2027年3月14日13時"), "13:00")
        XCTAssertEqual(moment("3月14日 13時半"), "13:30")
        XCTAssertEqual(moment("3月14日 午後1時30分"), "13:30")
        XCTAssertEqual(moment("3月14日 午前10:00"), "10:00")
        XCTAssertEqual(moment("3月14日 午後12時"), "12:00")
        XCTAssertEqual(moment("3月14日 PM1:30"), "13:30")
        XCTAssertEqual(moment("２０２７／３／１４　１３：３０"), "13:30")
        XCTAssertEqual(moment("2027/3/14 13:30〜16:00"), "13:30 to 16:00")
        XCTAssertEqual(moment("2027/3/14 13:30-16:00"), "13:30 to 16:00")
        XCTAssertEqual(moment("2027/3/14 13時30分～16時"), "13:30 to 16:00")
        XCTAssertEqual(moment("2027/3/14 13:30〜"), "13:30")
        XCTAssertEqual(moment("3月14日 10時"), "10:00")
        XCTAssertEqual(moment("3月14日 19時"), "19:00")
        for text in ["3月14日 4時", "3月14日 7時半", "3月14日 午前12時", "3月14日 25:00", "3月14日 13時頃", "3月14日 午後13時", "3月14日 13:3", "3月14日 夕方"] {
            XCTAssertNil(WrittenValue.dateText(text), text)
        }
    }

    func testTimesAlone() {
        let cases: [(String, String)] = [
            ("“12:00”", "12:00"), ("‘12:00’", "12:00"), ("9:30", "09:30"), ("16時", "16:00"), ("16時30分", "16:30"), ("午後4時", "16:00"),
            ("１６：００", "16:00"),
        ]
        for (text, time) in cases {
            XCTAssertEqual(WrittenValue.time(text)?.description, time, text)
        }
        XCTAssertNil(WrittenValue.time("夕方"))
        XCTAssertNil(WrittenValue.time("4時"), "four in the morning or in the afternoon")
        XCTAssertEqual(WrittenValue.time("4:00")?.description, "04:00", "the 24-hour clock is certain")
        XCTAssertNil(WrittenValue.time("24:00"))
        XCTAssertTrue(WrittenValue.isCurlyQuoted("“12:00”"))
        XCTAssertFalse(WrittenValue.isCurlyQuoted("12:00"))
    }

    func testTrueAndFalseWordsOfAForm() {
        for text in ["はい", "有", "有り", "あり", "○", "◯", "〇", "yes", "Yes", "ＹＥＳ", "on", "\"true\""] {
            XCTAssertEqual(WrittenValue.bool(text.replacingOccurrences(of: "\"", with: "")), true, text)
        }
        for text in ["いいえ", "無", "無し", "なし", "×", "no", "NO", "off"] {
            XCTAssertEqual(WrittenValue.bool(text), false, text)
        }
        for text in ["募集中", "たぶん", "1", "0", "-"] {
            XCTAssertNil(WrittenValue.bool(text), text)
        }
    }
}
