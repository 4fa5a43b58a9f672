@testable import CivicSite
import Foundation
import XCTest

/// The pages said to show a record, on the sample site.
final class PageDependenciesTests: XCTestCase {
    static let context: RenderContext = {
        let (content, problems) = ContentLoader.load(directory: TestPaths.projectRoot.appendingPathComponent("content"),
                                                     displayPath: "content", includeDrafts: false, today: FixtureBuild.now.date)
        precondition(!problems.hasErrors, "the sample site must load")
        return RenderContext(content: content!, urls: SiteURLs(baseURL: "/"), now: FixtureBuild.now, bodies: [:])
    }()

    var context: RenderContext { Self.context }

    func testAGroupIsShownOnItsPageItsNeighboursListsFieldsEventsAndCases() throws {
        let sorted = context.indexes.groupsByKana
        let index = try XCTUnwrap(sorted.indices.first { context.eventsByGroup[sorted[$0].slug] != nil && $0 > 0 && $0 + 1 < sorted.count })
        let g = sorted[index]
        let pages = PageDependencies(context).pages(showing: RecordKey(.groups, g.slug))
        var expected: Set<PageID> = [.home, .list(.groups), .list(.fields), .detail(.groups, g.slug), .stats,
                                     .detail(.groups, sorted[index - 1].slug), .detail(.groups, sorted[index + 1].slug),
                                     .groupType(g.type), .areaList]
        expected.formUnion(g.areas.map { .area($0) })
        if g.areas.contains("citywide") { expected.formUnion(context.content.config.areas.map { .area($0.id) }) }
        if g.recruiting?.isRecruiting == true { expected.insert(.recruiting) }
        expected.formUnion(context.content.news.filter { $0.related.contains { $0.kind == .groups && $0.slug == g.slug } }
            .map { .detail(.news, $0.slug) })
        expected.formUnion(g.fields.map { .detail(.fields, $0) })
        expected.formUnion((context.eventsByGroup[g.slug] ?? []).map { .detail(.events, $0.slug) })
        expected.formUnion((context.casesByGroup[g.slug] ?? []).map { .detail(.cases, $0.slug) })
        XCTAssertEqual(pages, expected)
        XCTAssertFalse(pages.contains(.list(.events)), "the event list shows no group")
    }

    func testAnEventIsShownOnItsOrganisersPagesAndItsFields() throws {
        let e = try XCTUnwrap(context.indexes.eventsInOrder.first { $0.organizers.count > 1 })
        let pages = PageDependencies(context).pages(showing: RecordKey(.events, e.slug))
        for organizer in e.organizers { XCTAssertTrue(pages.contains(.detail(.groups, organizer)), organizer) }
        for field in e.fields { XCTAssertTrue(pages.contains(.detail(.fields, field)), field) }
        XCTAssertTrue(pages.isSuperset(of: [.home, .list(.events), .detail(.events, e.slug)]))
        XCTAssertFalse(pages.contains(.list(.groups)))
    }

    func testTheFirstAndLastRecordsHaveOneNeighbour() throws {
        let sorted = context.indexes.casesInOrder
        let first = PageDependencies(context).pages(showing: RecordKey(.cases, sorted[0].slug))
        XCTAssertTrue(first.contains(.detail(.cases, sorted[1].slug)))
        let cases = first.filter { if case .detail(.cases, _) = $0 { return true }; return false }
        XCTAssertEqual(cases.count, 2, "itself and the next one")
        for partner in sorted[0].partners { XCTAssertTrue(first.contains(.detail(.groups, partner))) }
    }

    func testAGrantForAllFieldsIsOnEveryFieldPage() throws {
        let g = try XCTUnwrap(context.content.grants.first { if case .all = $0.fields { return true }; return false })
        let pages = PageDependencies(context).pages(showing: RecordKey(.grants, g.slug))
        for f in context.content.fields { XCTAssertTrue(pages.contains(.detail(.fields, f.slug)), f.slug) }
    }

    func testARecordMissingFromABuildNamesOnlyItsListAndHome() {
        let pages = PageDependencies(context).pages(showing: RecordKey(.groups, "no-such-group"))
        XCTAssertEqual(pages, [.home, .list(.groups), .stats])
        XCTAssertEqual(PageDependencies(context).pages(showing: RecordKey(.pages, "no-such-page")), [])
    }

    func testAFreeStandingPageIsItsOwnPageAndTheNewsThatNameIt() throws {
        let p = try XCTUnwrap(context.content.pages.first { $0.slug == "about" })
        let news = context.content.news.filter { $0.related.contains { $0.kind == .pages && $0.slug == p.slug } }
        XCTAssertFalse(news.isEmpty, "the sample's statistics notice names the about page")
        XCTAssertEqual(PageDependencies(context).pages(showing: RecordKey(.pages, p.slug)),
                       Set([.detail(.pages, p.slug)] + news.map { .detail(.news, $0.slug) }))
    }

    func testAnEventIsOnTheCalendarsOfTheMonthsItSpans() throws {
        // An exhibition of forty days: two or three months.
        var content = context.content
        content.events[0].end = DateTime(date: content.events[0].start.day.adding(days: 40), hour: 17, minute: 0)
        let context = RenderContext(content: content, urls: SiteURLs(baseURL: "/"), now: FixtureBuild.now, bodies: [:])
        let e = content.events[0]
        let months = PageDependencies(context).pages(showing: RecordKey(.events, e.slug)).filter {
            if case .month = $0 { return true }
            return false
        }
        let first = RenderContext.CalendarMonth(e.start.day)
        XCTAssertTrue(months.contains(.month(year: first.year, month: first.month)))
        XCTAssertTrue(months.contains(.month(year: first.next.year, month: first.next.month)))
        XCTAssertTrue(Set(context.monthPageIDs()).isSuperset(of: months))
    }

    func testAGroupOfTheWholeCityIsOnEveryAreaPage() throws {
        let g = try XCTUnwrap(context.indexes.groupsByKana.first { $0.areas.contains("citywide") })
        let pages = PageDependencies(context).pages(showing: RecordKey(.groups, g.slug))
        for area in context.content.config.areas { XCTAssertTrue(pages.contains(.area(area.id)), area.id) }
    }

    func testAPausedGroupHasItsPageButNoNeighbours() throws {
        let g = try XCTUnwrap(context.indexes.retiredGroups.first)
        let pages = PageDependencies(context).pages(showing: RecordKey(.groups, g.slug))
        XCTAssertTrue(pages.contains(.detail(.groups, g.slug)))
        XCTAssertEqual(pages.filter { if case .detail(.groups, _) = $0 { return true }; return false }.count, 1)
    }

    func testANewsItemIsOnHomeTheNewsListAndItsNeighbours() throws {
        let sorted = context.indexes.newsInOrder
        XCTAssertGreaterThan(sorted.count, 2)
        let pages = PageDependencies(context).pages(showing: RecordKey(.news, sorted[1].slug))
        XCTAssertTrue(pages.isSuperset(of: [.home, .list(.news), .detail(.news, sorted[0].slug), .detail(.news, sorted[1].slug),
                                            .detail(.news, sorted[2].slug)]))
    }

    func testPageIDsMatchTheSpecsPathsInOrder() {
        let positions = PagePositions(context)
        let ids = context.pageIDs()
        let specs = context.pageSpecs()
        XCTAssertEqual(ids.map(\.outputPath), specs.map(\.outputPath))
        XCTAssertEqual(ids.map(\.indexable), specs.map(\.indexable))
        for (id, spec) in zip(ids, specs) {
            // A record's page is made when rendered: compare what it makes.
            let made = spec.made()
            XCTAssertEqual(context.spec(for: id, positions: positions)?.title, made.title, "\(id)")
            XCTAssertEqual(context.spec(for: id, positions: positions)?.dated, made.dated, "\(id)")
        }
    }

    // MARK: - What changed

    func testAnEventThatEndsBetweenTwoTimesChangesAndOthersDoNot() throws {
        let e = try XCTUnwrap(context.indexes.eventsInOrder.first { $0.end != nil && context.eventStatus($0) == .upcoming })
        let end = try XCTUnwrap(e.end)
        var before = context
        before.now = DateTime(date: e.start.day, hour: 0, minute: 0)
        var after = context
        after.now = DateTime(date: end.date, hour: end.hour, minute: end.minute + 1)
        XCTAssertEqual(before.today, after.today, "the same day, so only statuses move")
        let changes = ContentChanges(from: before, to: after)
        XCTAssertFalse(changes.everything)
        XCTAssertTrue(changes.records.contains(RecordKey(.events, e.slug)))
        XCTAssertTrue(changes.records.allSatisfy { $0.kind == .events })
        XCTAssertEqual(ContentChanges(from: before, to: before).records, [])
    }

    func testANewDateOrSiteTitleChangesEverything() {
        var later = context
        later.now = DateTime(date: context.today.adding(days: 1), hour: 9, minute: 0)
        XCTAssertTrue(ContentChanges(from: context, to: later).everything, "site.build_date is on every page")
        var renamed = context
        renamed.content.config.title += "（仮）"
        XCTAssertTrue(ContentChanges(from: context, to: renamed).everything)
    }

    func testAddedRemovedAndChangedRecordsAreNamed() {
        var edited = context.content
        edited.groups[0].title += "改"
        let removed = edited.grants.removeLast()
        var added = edited.cases[0]
        added.slug = "new-case"
        edited.cases.append(added)
        let new = RenderContext(content: edited, urls: context.urls, now: context.now, bodies: [:])
        XCTAssertEqual(ContentChanges(from: context, to: new).records,
                       [RecordKey(.groups, edited.groups[0].slug), RecordKey(.grants, removed.slug), RecordKey(.cases, "new-case")])
    }
}
