@testable import CivicSite
import XCTest

/// Written statuses through every output: pages, lists, search, JSON-LD,
/// calendars and open data; retired groups out of lists, counts and search.
final class StatusOutputsTests: XCTestCase {
    static let now = DateTime(date: LocalDate(year: 2026, month: 12, day: 1), hour: 9, minute: 0)

    static func day(_ m: Int, _ d: Int, _ y: Int = 2026) -> LocalDate { LocalDate(year: y, month: m, day: d) }
    static func at(_ m: Int, _ d: Int, _ h: Int, _ y: Int = 2026) -> EventTime { .dateTime(DateTime(date: day(m, d, y), hour: h, minute: 0)) }

    static func event(_ slug: String, _ start: EventTime, notice: EventNotice? = nil, previous: EventTime? = nil,
                      organizers: [String] = ["active"], updated: LocalDate? = nil) -> Event {
        Event(slug: slug, title: "催し " + slug, start: start, organizers: organizers, fields: ["children"], summary: "概要 " + slug,
              notice: notice, previousStart: previous, updated: updated, source: RecordSource(path: "content/events/\(slug).md"))
    }

    static func group(_ slug: String, _ status: GroupStatus? = nil) -> Group {
        Group(slug: slug, title: "会 " + slug, kana: "かい", type: .voluntary, fields: ["children"], summary: "団体 " + slug,
              recruiting: Recruiting(volunteers: true), updated: day(11, 1), status: status,
              source: RecordSource(path: "content/groups/\(slug).md"))
    }

    static var context: RenderContext {
        let config = SiteConfig(title: "テスト市", city: "テスト市", baseURL: "https://example.jp/",
                                centre: .init(name: "センター", address: "住所", phone: "000", email: "a@example.jp", hours: "9時"))
        let content = SiteContent(
            config: config,
            fields: [Field(slug: "children", number: 11, name: "子ども", short: "子ども", source: RecordSource(path: "content/fields/children.md"))],
            groups: [group("active"), group("resting", .paused), group("gone", .dissolved)],
            events: [
                event("held", at(12, 5, 10)),
                event("cancelled", at(12, 6, 10), notice: .cancelled, updated: day(11, 28)),
                event("moved", at(12, 20, 10), notice: .postponed, previous: at(12, 13, 10)),
                event("undated", at(12, 10, 10), notice: .postponed),
                event("full", at(12, 3, 10), notice: .full),
                event("old", at(9, 1, 10), organizers: ["gone"]),
                event("future-news", at(12, 24, 10), updated: day(12, 15)),
            ],
            cases: [CollaborationCase(slug: "case", title: "事例", fiscalYear: 2024, form: .cooperation, partners: ["resting"],
                                      summary: "事例", source: RecordSource(path: "content/cases/case.md"))])
        return RenderContext(content: content, urls: SiteURLs(baseURL: config.baseURL), now: now, bodies: [:])
    }

    func spec(_ path: String, in specs: [PageSpec]) throws -> PageSpec {
        try XCTUnwrap(specs.first { $0.path == path }, path)
    }

    static func slugs(_ value: TemplateValue?) -> [String] {
        guard case .object(let list)? = value, let items = list["items"]?.listItems else { return [] }
        return items.compactMap { if case .string(let s)? = $0.objectEntries["slug"] { return s }; return nil }
    }

    func testCalledOffEventsLeaveTheUpcomingListAndCountsForTheirOwnSection() throws {
        let c = Self.context
        let page = try spec("events/", in: c.pageSpecs())
        XCTAssertEqual(Self.slugs(page.data["upcoming"]), ["full", "held", "moved", "future-news"])
        XCTAssertEqual(Self.slugs(page.data["called_off"]), ["cancelled", "undated"])
        if case .int(let n)? = page.data["upcoming_count"] { XCTAssertEqual(n, 4) } else { XCTFail("no count") }
        let home = try spec("", in: c.pageSpecs())
        XCTAssertFalse(Self.slugs(home.data["upcoming_events"]).contains("cancelled"))
    }

    func testTheCardShowsTheWrittenStatusAndHidesTheComputedOneItReplaces() {
        let c = Self.context
        let cancelled = c.eventCard(Self.event("x", Self.at(12, 6, 10), notice: .cancelled)).objectEntries
        XCTAssertEqual(cancelled["notice"], .string("中止"))
        XCTAssertEqual(cancelled["called_off"], .bool(true))
        XCTAssertEqual(cancelled["alert"], .bool(true))
        let full = c.eventCard(Self.event("y", Self.at(12, 6, 10), notice: .full)).objectEntries
        XCTAssertEqual(full["notice"], .string("満員"))
        XCTAssertEqual(full["called_off"], .bool(false))
        XCTAssertEqual(full["status_label"], .string("開催予定"), "満員 accompanies the computed status")
        // Once over, 満員 says nothing more; 中止 still does.
        XCTAssertEqual(c.eventCard(Self.event("z", Self.at(9, 1, 10), notice: .full)).objectEntries["notice"], .null)
        XCTAssertEqual(c.eventCard(Self.event("w", Self.at(9, 1, 10), notice: .cancelled)).objectEntries["notice"], .string("中止"))
    }

    func testJSONLDCarriesTheSchemaStatusAndThePreviousDate() {
        let c = Self.context
        func status(_ slug: String) -> String {
            let e = c.content.events.first { $0.slug == slug }!
            return c.eventJSONLD(e).serialized()
        }
        XCTAssertTrue(status("cancelled").contains(#""eventStatus":"https://schema.org/EventCancelled""#))
        XCTAssertTrue(status("undated").contains(#""eventStatus":"https://schema.org/EventPostponed""#))
        XCTAssertTrue(status("moved").contains(#""eventStatus":"https://schema.org/EventRescheduled""#))
        XCTAssertTrue(status("moved").contains(#""previousStartDate":"2026-12-13T10:00:00+09:00""#))
        XCTAssertTrue(status("moved").contains(#""startDate":"2026-12-20T10:00:00+09:00""#))
        XCTAssertTrue(status("held").contains(#""eventStatus":"https://schema.org/EventScheduled""#))
    }

    func testCalendarsMarkCalledOffEventsCancelled() {
        let c = Self.context
        let files = Dictionary(c.calendarFiles().map { ($0.path, $0.text) }) { a, _ in a }
        let cancelled = files["events/cancelled/event.ics"] ?? ""
        XCTAssertTrue(cancelled.contains("STATUS:CANCELLED\r\n"))
        XCTAssertTrue(cancelled.contains("SUMMARY:【中止】催し cancelled\r\n"))
        XCTAssertTrue(files["events/undated/event.ics"]?.contains("STATUS:CANCELLED") == true)
        XCTAssertFalse(files["events/full/event.ics"]?.contains("STATUS:") == true)
        XCTAssertTrue(files["events/moved/event.ics"]?.contains("DESCRIPTION:当初の日程：2026年12月13日（日）10:00\\n概要 moved") == true)
        let all = files["events.ics"] ?? ""
        XCTAssertTrue(all.contains("UID:cancelled@example.jp"), "subscribers learn of the cancellation")
    }

    func testOpenDataAndSearchCarryTheStatus() {
        let c = Self.context
        let data = Dictionary(c.openDataFiles().map { ($0.path, $0.text) }) { a, _ in a }
        XCTAssertTrue(data["data/events.json"]?.contains(#""status": {"#) == true)
        XCTAssertTrue(data["data/events.json"]?.contains(#""previous_start": "2026-12-13T10:00:00+09:00""#) == true)
        XCTAssertTrue(data["data/groups.json"]?.contains(#""id": "dissolved""#) == true, "open data keeps every group")
        let docs = c.searchDocuments()
        XCTAssertEqual(docs.first { $0.id == "events/cancelled" }?.statusLabel, "中止")
        XCTAssertNil(docs.first { $0.id == "events/held" }?.statusLabel)
        XCTAssertEqual(docs.filter { $0.type == "groups" }.map(\.id), ["groups/active"])
        let record = SearchDisplayRecord(docs.first { $0.id == "events/cancelled" }!, options: SearchIndexOptions())
        // The status label, then the start and end the page computes today's status from.
        if case .array(let items) = record.json {
            XCTAssertEqual(items.count, 8)
            XCTAssertEqual(items[6], .string("中止"))
            if case .array(let timing) = items[7] { XCTAssertEqual(timing.count, 2) } else { XCTFail("no timing") }
        } else { XCTFail() }
    }

    func testRetiredGroupsKeepTheirPagesButLeaveListsAndCounts() throws {
        let c = Self.context
        let specs = c.pageSpecs()
        let list = try spec("groups/", in: specs)
        if case .int(let n)? = list.data["count"] { XCTAssertEqual(n, 1) } else { XCTFail("no count") }
        let gone = try spec("groups/gone/", in: specs)
        XCTAssertEqual(gone.data["group"]?.objectEntries["dissolved"], .bool(true))
        XCTAssertEqual(gone.data["group"]?.objectEntries["recruiting_label"], .null, "a dissolved group recruits nobody")
        XCTAssertEqual(gone.data["prev"], .null)
        XCTAssertNotNil(specs.first { $0.path == "groups/resting/" })
        let field = try spec("fields/children/", in: specs)
        XCTAssertEqual(Self.slugs(field.data["groups"]), ["active"])
        let home = try spec("", in: specs)
        XCTAssertEqual(home.data["counts"]?.objectEntries["groups"], .int(1))
        // The old event still links to its organiser's page.
        let old = try spec("events/old/", in: specs)
        XCTAssertTrue(old.data["organizers"].map { "\($0)".contains("/groups/gone/") } ?? false)
    }

    func testTheFeedIsOrderedByPublicationAndNeverShowsAFutureDate() {
        let xml = Self.context.atomFeed().text
        XCTAssertTrue(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"/assets/feed.xsl\"?>\n"))
        XCTAssertFalse(xml.contains("future-news"), "updated 2026-12-15 waits for its day")
        XCTAssertFalse(xml.contains("/events/held/"), "an event held after the build day, without updated, waits for its day")
        let updated = xml.components(separatedBy: "<updated>").dropFirst().map { String($0.prefix(10)) }
        XCTAssertEqual(updated.first, updated.dropFirst().first, "the feed's <updated> is its newest entry's")
        XCTAssertEqual(updated.dropFirst(), updated.dropFirst().sorted(by: >)[...])
        XCTAssertTrue(updated.allSatisfy { $0 <= "2026-12-01" })
        XCTAssertFalse(xml.contains("groups/gone/") || xml.contains("groups/resting/"))
        XCTAssertTrue(xml.contains("<title>イベント：【中止】催し cancelled</title>"))
    }

    func testARollingGrantWithoutADateIsNotNewOnEveryBuild() {
        var content = Self.context.content
        content.grants = [Grant(slug: "rolling", title: "随時の助成", provider: "市", kind: .subsidy, rolling: true, summary: "随時",
                                source: RecordSource(path: "content/grants/rolling.md")),
                          Grant(slug: "dated", title: "更新した助成", provider: "市", kind: .subsidy, rolling: true, summary: "随時",
                                updated: Self.day(10, 1), source: RecordSource(path: "content/grants/dated.md"))]
        let c = RenderContext(content: content, urls: SiteURLs(baseURL: "https://example.jp/"), now: Self.now, bodies: [:])
        let xml = c.atomFeed().text
        XCTAssertFalse(xml.contains("grants/rolling/"))
        XCTAssertTrue(xml.contains("<link rel=\"alternate\" href=\"https://example.jp/grants/dated/\"/>\n    <updated>2026-10-01T00:00:00+09:00</updated>"))
    }

    func testGoogleCalendarLinkEncodesTheEvent() {
        let c = Self.context
        var e = Self.event("held", Self.at(12, 5, 10))
        e.end = DateTime(date: Self.day(12, 5), hour: 12, minute: 0)
        e.venue = "会議室 A&B"
        let url = c.googleCalendarURL(e)
        XCTAssertTrue(url.hasPrefix("https://calendar.google.com/calendar/render?action=TEMPLATE&text=%E5%82%AC"))
        XCTAssertTrue(url.contains("&dates=20261205T010000Z%2F20261205T030000Z&"))
        XCTAssertTrue(url.contains("&location=%E4%BC%9A%E8%AD%B0%E5%AE%A4%20A%26B"))
        let allDay = c.googleCalendarURL(Self.event("d", .date(Self.day(12, 31))))
        XCTAssertTrue(allDay.contains("&dates=20261231%2F20270101&"))
        XCTAssertEqual(c.webcalURL("https://example.jp/events.ics"), "webcal://example.jp/events.ics")
    }
}

extension OutputFile {
    /// The text of a file made in memory.
    var text: String {
        if case .data(let data) = contents { return String(decoding: data, as: UTF8.self) }
        return ""
    }
}
