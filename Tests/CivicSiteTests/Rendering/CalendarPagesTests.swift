@testable import CivicSite
import XCTest

/// Month pages and the 今週末・今週 lists of the events page.
final class CalendarPagesTests: XCTestCase {
    typealias S = StatusOutputsTests

    func context(_ events: [Event], now: DateTime = S.now) -> RenderContext {
        var content = S.context.content
        content.events = events
        return RenderContext(content: content, urls: SiteURLs(baseURL: "https://example.jp/"), now: now, bodies: [:])
    }

    func testEveryMonthFromTheFirstEventToTheLastHasAPageLinkedToItsNeighbours() throws {
        var camp = S.event("camp", S.at(1, 30, 14, 2027))
        camp.end = DateTime(date: S.day(2, 1, 2027), hour: 11, minute: 0)
        let c = context([S.event("a", S.at(11, 3, 10)), camp])
        let months = c.monthPages()
        XCTAssertEqual(months.map(\.path), ["events/2026/11/", "events/2026/12/", "events/2027/01/", "events/2027/02/"])
        XCTAssertEqual(months[0].data["prev"], .null)
        XCTAssertEqual(months[1].data["prev"], .link("2026年11月", "/events/2026/11/"))
        XCTAssertEqual(months[1].data["next"], .link("2027年1月", "/events/2027/01/"))
        XCTAssertEqual(months[1].data["empty"], .bool(true), "a month between has a page, saying it has no events")
        XCTAssertEqual(months[3].data["count"], .int(1), "the camp's last day is in February")
        XCTAssertFalse(RenderContext.datedLayouts.contains("events-month"), "month pages do not change with the build day")
    }

    func testTheGridStartsOnSundayAndMarksHolidays() throws {
        let c = context([S.event("a", S.at(1, 11, 10, 2027))])
        let page = try XCTUnwrap(c.monthPages().first)
        guard case .array(let weeks)? = page.data["weeks"], case .array(let first)? = weeks.first?.objectEntries["cells"] else {
            return XCTFail("no weeks")
        }
        // 2027-01-01 is a Friday: five blank cells, then 元日.
        XCTAssertEqual(first.prefix(5).map { $0.objectEntries["iso"] }, Array(repeating: .null, count: 5))
        XCTAssertEqual(first[5].objectEntries["holiday"], .string("元日"))
        XCTAssertEqual(first[5].objectEntries["red"], .bool(true))
        XCTAssertEqual(weeks.count, 6, "31 days from a Friday take six weeks")
        let days = page.data["days"]?.objectEntries["items"]
        guard case .array(let listed)? = days else { return XCTFail("no days") }
        XCTAssertEqual(listed.map { $0.objectEntries["date"] }, [.string("2027年1月1日（金・祝）"), .string("2027年1月11日（月・祝）")])
        XCTAssertEqual(listed[1].objectEntries["holiday"], .string("成人の日"))
    }

    func testThisWeekendAndThisWeekFromATuesday() {
        // 2026-12-01 is a Tuesday: this week runs to Sunday the 6th, its weekend is the 5th and 6th.
        let c = context([S.event("thu", S.at(12, 3, 10)), S.event("sat", S.at(12, 5, 10)), S.event("next", S.at(12, 8, 10)),
                         S.event("far", S.at(12, 30, 10))])
        let sections = c.weekSections()
        func shown(_ key: String) -> [String] {
            guard case .array(let items)? = sections[key]?.objectEntries["items"] else { return [] }
            return items.filter { $0.objectEntries["spare"] == .bool(false) }.compactMap {
                if case .string(let s)? = $0.objectEntries["slug"] { return s }; return nil
            }
        }
        XCTAssertEqual(shown("weekend"), ["sat"])
        XCTAssertEqual(shown("week"), ["thu", "sat"])
        XCTAssertEqual(S.slugs(sections["week"]), ["thu", "sat", "next"], "next week's is written, hidden, for the script")
        XCTAssertEqual(sections["weekend_shown"], .bool(true))
    }

    func testOnASundayTheWeekendIsToday() {
        let sunday = DateTime(date: S.day(12, 6), hour: 8, minute: 0)
        let c = context([S.event("sat", S.at(12, 5, 10)), S.event("sun", S.at(12, 6, 10)), S.event("mon", S.at(12, 7, 10))], now: sunday)
        let items: TemplateValue? = c.weekSections()["weekend"]?.objectEntries["items"]
        guard case .array(let cards)? = items else { return XCTFail("no cards") }
        XCTAssertEqual(cards.filter { $0.objectEntries["spare"] == .bool(false) }.map { $0.objectEntries["slug"] }, [.string("sun")])
    }
}
