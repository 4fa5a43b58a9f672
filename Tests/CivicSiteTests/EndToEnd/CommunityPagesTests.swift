@testable import CivicSite
import Foundation
import XCTest

/// The minimal site with the city's areas, news, pins and volunteers,
/// built for real: area, recruiting, type, news and statistics pages.
final class CommunityPagesTests: XCTestCase {
    var work: URL!
    var out: URL!

    override func setUpWithError() throws {
        work = try FixtureBuild.temporaryDirectory("community")
        out = work.appendingPathComponent("out")
        let content = work.appendingPathComponent("src/content")
        try FileManager.default.createDirectory(at: content.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"), to: content)
        func write(_ path: String, _ text: String) throws {
            let url = content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let site = try String(contentsOf: content.appendingPathComponent("site.yml"), encoding: .utf8)
        try write("site.yml", site + "wareki: true\nareas:\n  - id: higashi\n    name: 東部地区\n  - id: nishi\n    name: 西部地区\n")
        let group = try String(contentsOf: content.appendingPathComponent("groups/sakura.md"), encoding: .utf8)
        try write("groups/sakura.md", group.replacingOccurrences(of: "area: みどり市東部", with: "area: [東部, 市内全域]\naddress: みどり市東1-2\nlat: 35.5\nlon: 139.25"))
        try write("groups/kaede.md", "---\ntitle: かえでの会\nkana: かえでのかい\ntype: NPO法人\nfields: [children]\nsummary: 西の会です。\narea: 西部地区\n---\n")
        let event = try String(contentsOf: content.appendingPathComponent("events/kodomo-shokudo-setsumeikai.md"), encoding: .utf8)
        try write("events/kodomo-shokudo-setsumeikai.md", event.replacingOccurrences(of: "summary:", with: "area: 東部地区\nvolunteers_wanted: true\nsummary:"))
        try write("news/2026-11-setsumeikai.md", "---\ntitle: 説明会のお知らせ\ndate: 2026-11-30\nsummary: 説明会を開きます。\nrelated: [groups/sakura, events/kodomo-shokudo-setsumeikai]\n---\n本文です。\n")
        try write("news/2026-10-kyukan.md", "---\ntitle: 休館日\ndate: 2026-10-01\nsummary: お休みします。\n---\n")
        _ = try SiteBuilder(options: FixtureBuild.options(siteRoot: work.appendingPathComponent("src"), output: out)).build()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: work)
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: out.appendingPathComponent(path), encoding: .utf8)
    }

    func testEachAreaListsItsGroupsAndEventsAndPointsToTheWholeCity() throws {
        let east = try page("areas/higashi/index.html")
        XCTAssertTrue(east.contains("<h1>東部地区</h1>"))
        XCTAssertTrue(east.contains("さくら子ども食堂") && !east.contains("かえでの会"))
        XCTAssertTrue(east.contains("子ども食堂ボランティア説明会"), "the event in the area")
        XCTAssertTrue(east.contains(#"<a href="/shimin/areas/citywide/">市内全域で活動する1団体</a>"#), east)
        let west = try page("areas/nishi/index.html")
        XCTAssertTrue(west.contains("かえでの会") && !west.contains("さくら子ども食堂"))
        let list = try page("areas/index.html")
        XCTAssertTrue(list.contains("東部地区") && list.contains("西部地区") && list.contains("市内全域"))
        XCTAssertTrue(list.contains(#"<a href="/shimin/areas/" aria-current="page">地区からさがす</a>"#), "the menu marks where we are")
    }

    func testRecruitingListsGroupsWithTheirNotesAndEventsAskingForVolunteers() throws {
        let html = try page("recruiting/index.html")
        XCTAssertTrue(html.contains("調理ボランティアを募集しています"), "the group's note")
        XCTAssertTrue(html.contains("ボランティア募集中"))
        XCTAssertFalse(html.contains("かえでの会"), "not recruiting")
        XCTAssertTrue(html.contains("子ども食堂ボランティア説明会"))
    }

    func testTheGroupListLeadsToEveryWayOfBrowsing() throws {
        let html = try page("groups/index.html")
        for link in ["/shimin/fields/", "/shimin/areas/higashi/", "/shimin/types/npo/", "/shimin/recruiting/"] {
            XCTAssertTrue(html.contains("href=\"\(link)\""), link)
        }
        XCTAssertTrue(try page("types/npo/index.html").contains("かえでの会"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("types/npo/../social-welfare/index.html").path),
                       "no page for a form without groups")
    }

    func testGroupAndEventPagesLinkAreasAndMaps() throws {
        let group = try page("groups/sakura/index.html")
        XCTAssertTrue(group.contains(#"<a href="/shimin/areas/higashi/">東部地区</a> <a href="/shimin/areas/citywide/">市内全域</a>"#), group)
        XCTAssertTrue(group.contains(##"href="https://maps.gsi.go.jp/#17/35.5/139.25/""##))
        XCTAssertTrue(group.contains(#""geo":{"@type":"GeoCoordinates","latitude":35.5,"longitude":139.25}"#))
        let event = try page("events/kodomo-shokudo-setsumeikai/index.html")
        XCTAssertTrue(event.contains("https://www.openstreetmap.org/search?query="), "a venue without a pin is searched")
        XCTAssertTrue(event.contains("令和8年（2026年）12月5日（土）10:00〜12:00"), "wareki: true")
        XCTAssertFalse(event.contains("<iframe") || event.contains("<script src=\"https"), "no embedded maps or trackers")
    }

    func testNewsByMonthOnItsPagesTheHomeThePageAndTheFeed() throws {
        let list = try page("news/index.html")
        XCTAssertLessThan(try XCTUnwrap(list.range(of: "2026年11月")).lowerBound, try XCTUnwrap(list.range(of: "2026年10月")).lowerBound)
        let item = try page("news/2026-11-setsumeikai/index.html")
        XCTAssertTrue(item.contains(#"<a href="/shimin/groups/sakura/">さくら子ども食堂</a>（団体）"#), item)
        XCTAssertTrue(item.contains("\"@type\":\"NewsArticle\""))
        XCTAssertTrue(try page("index.html").contains("説明会のお知らせ"))
        XCTAssertTrue(try page("feed.xml").contains("<title>お知らせ：説明会のお知らせ</title>"))
        let data = try page("data/news.json")
        XCTAssertTrue(data.contains("\"related\": [\n") || data.contains("\"groups/sakura\""), data)
    }

    func testStatisticsAsTablesChartsAndOpenData() throws {
        let html = try page("stats/index.html")
        XCTAssertTrue(html.contains(#"<svg class="chart""#) && html.contains(#"aria-labelledby="groups_by_area-h""#))
        XCTAssertTrue(html.contains("<th scope=\"row\">東部地区</th><td>1</td>"), "the table beside the chart")
        XCTAssertTrue(html.contains("<th scope=\"row\">NPO法人</th><td>1</td>"))
        let json = try page("data/stats.json")
        XCTAssertTrue(json.contains("\"id\": \"groups_by_area\""))
        XCTAssertTrue(json.contains("\"as_of\": \"2026-12-01\""))
        XCTAssertTrue(try page("fields/index.html").contains("href=\"/shimin/stats/\""), "linked from the fields page")
    }

    func testNumbersAndCountersAreWrittenSolidEverywhere() throws {
        for path in FixtureBuild.files(under: out) where path.hasSuffix(".html") {
            let html = try page(path)
            let spaced = html.range(of: #"[0-9]</span>? (件|団体|人|円)"#, options: .regularExpression)
                ?? html.range(of: #"[0-9] (件|団体|人|円)"#, options: .regularExpression)
            XCTAssertNil(spaced, "\(path): a space between a number and its counter")
        }
    }
}
