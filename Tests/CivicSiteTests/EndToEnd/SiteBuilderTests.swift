@testable import CivicSite
import Foundation
import XCTest

/// Options of a build and the problems that only show up when the whole
/// site is put together.
final class SiteBuilderTests: XCTestCase {
    var work: URL!

    override func setUpWithError() throws {
        work = try FixtureBuild.temporaryDirectory("builder")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: work)
    }

    /// A copy of the basic fixture's content that a test may change.
    func copyOfBasicSite() throws -> URL {
        let root = work.appendingPathComponent("site-src")
        try FileManager.default.copyItem(at: TestPaths.fixtures.appendingPathComponent("sites/basic"), to: root)
        try? FileManager.default.removeItem(at: root.appendingPathComponent("expected"))
        return root
    }

    func testBaseURLOverrideMovesEveryLink() throws {
        var options = FixtureBuild.options(siteRoot: TestPaths.fixtures.appendingPathComponent("sites/basic"),
                                           output: work.appendingPathComponent("out"), baseURL: "https://city.example/npo")
        options.baseURL = "https://city.example/npo"
        _ = try SiteBuilder(options: options).build()
        let html = try String(contentsOf: work.appendingPathComponent("out/groups/index.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("href=\"/npo/groups/kodomo-hiroba/\""))
        XCTAssertTrue(html.contains("<link rel=\"canonical\" href=\"https://city.example/npo/groups/\">"))
        XCTAssertFalse(html.contains("/shimin/"))
    }

    func testDraftsAreLeftOutUnlessAsked() throws {
        let root = try copyOfBasicSite()
        let draft = "---\ntitle: 準備中の会\nkana: じゅんびちゅうのかい\ntype: voluntary\nfields: [children]\nsummary: 準備中です。\ndraft: true\n---\n"
        try draft.write(to: root.appendingPathComponent("content/groups/junbi.md"), atomically: true, encoding: .utf8)
        var options = FixtureBuild.options(siteRoot: root, output: work.appendingPathComponent("out"))
        let published = try SiteBuilder(options: options).build()
        XCTAssertEqual(published.counts[.groups], 3)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("out/groups/junbi").path))
        options.includeDrafts = true
        let preview = try SiteBuilder(options: options).build()
        XCTAssertEqual(preview.counts[.groups], 4)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("out/groups/junbi/index.html").path))
    }

    func testAPageMayNotTakeAFolderOfTheSite() throws {
        let root = try copyOfBasicSite()
        try "---\ntitle: 検索\n---\n".write(to: root.appendingPathComponent("content/pages/search.md"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SiteBuilder(options: FixtureBuild.options(siteRoot: root, output: work.appendingPathComponent("out"))).check()) { error in
            let text = (error as? DiagnosticList)?.description ?? ""
            XCTAssertTrue(text.hasPrefix("content/pages/search.md:1:1: error: the page slug 'search' is used by the site itself"), text)
        }
    }

    func testATemplateTypoIsALocatedErrorAndNothingIsWritten() throws {
        let root = try copyOfBasicSite()
        let themes = root.appendingPathComponent("themes")
        try FileManager.default.copyItem(at: TestPaths.projectRoot.appendingPathComponent("themes/default"),
                                         to: themes.appendingPathComponent("default"))
        let partial = themes.appendingPathComponent("default/partials/case-card.mustache")
        let text = try String(contentsOf: partial, encoding: .utf8).replacingOccurrences(of: "{{summary}}", with: "{{sumary}}")
        try text.write(to: partial, atomically: true, encoding: .utf8)
        let output = work.appendingPathComponent("out")
        XCTAssertThrowsError(try SiteBuilder(options: FixtureBuild.options(siteRoot: root, output: output)).build()) { error in
            let problems = (error as? DiagnosticList)?.items ?? []
            XCTAssertEqual(problems.count, 1, "the same typo on many pages is reported once")
            XCTAssertEqual(problems.first?.location.file, "themes/default/partials/case-card.mustache")
            XCTAssertEqual(problems.first?.message, "unknown variable 'sumary'")
            XCTAssertEqual(problems.first?.hint, "did you mean 'summary'?")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted(), ["site-src"])
    }

    func testAnUnknownThemeIsReportedAtItsNameInSiteSettings() throws {
        let root = try copyOfBasicSite()
        let settings = root.appendingPathComponent("content/site.yml")
        try (String(contentsOf: settings, encoding: .utf8) + "theme: defualt\n").write(to: settings, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SiteBuilder(options: FixtureBuild.options(siteRoot: root, output: work.appendingPathComponent("out"))).check()) { error in
            XCTAssertEqual((error as? DiagnosticList)?.description, """
                content/site.yml:13:8: error: unknown theme 'defualt'
                    hint: did you mean 'default'?
                """)
        }
    }

    /// `description` is optional: the home page leaves out its lead
    /// paragraph and the pages' meta description falls back to a sentence
    /// made from the city's name.
    func testASiteWithoutDescriptionBuilds() throws {
        let root = try copyOfBasicSite()
        let settings = root.appendingPathComponent("content/site.yml")
        let text = try String(contentsOf: settings, encoding: .utf8)
            .replacingOccurrences(of: "description: テスト用の小さなサイトです。\n", with: "")
        try text.write(to: settings, atomically: true, encoding: .utf8)
        let output = work.appendingPathComponent("out")
        let report = try SiteBuilder(options: FixtureBuild.options(siteRoot: root, output: output)).build()
        XCTAssertEqual(report.warnings, [])
        let home = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertFalse(home.contains("class=\"lead\""), "no empty lead paragraph")
        XCTAssertTrue(home.contains("<meta name=\"description\" content=\"テスト市の市民活動団体・イベント・助成金の情報サイトです。\">"))
    }

    func testCheckRendersEverythingButWritesNothing() throws {
        let output = work.appendingPathComponent("out")
        let report = try SiteBuilder(options: FixtureBuild.options(siteRoot: TestPaths.fixtures.appendingPathComponent("sites/basic"),
                                                                   output: output)).check()
        // 36 record and list pages, /data/, a calendar for each of the six months from the first event to the last,
        // /news/, /recruiting/, /stats/ and three organisation-form pages.
        XCTAssertEqual(report.pagesWritten, 49)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }
}

final class BodyHeadingTests: XCTestCase {
    /// A group body that opens with 活動内容, the heading the layout writes
    /// above every body, shows the heading once.
    func testABodyOpeningWithTheThemesHeadingDoesNotRepeatIt() throws {
        let root = try FixtureBuild.temporaryDirectory("body-heading")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.copyItem(at: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"),
                                         to: root.appendingPathComponent("content"))
        let group = root.appendingPathComponent("content/groups/sakura.md")
        let text = try String(contentsOf: group, encoding: .utf8)
            .replacingOccurrences(of: "毎月第2・第4土曜日に開いています。", with: "## 活動内容\n\n毎月第2・第4土曜日に開いています。\n\n## 活動場所\n\n公民館です。")
        try Data(text.utf8).write(to: group)
        let output = root.appendingPathComponent("site")
        _ = try SiteBuilder(options: FixtureBuild.options(siteRoot: root, output: output)).build()
        let page = try String(contentsOf: output.appendingPathComponent("groups/sakura/index.html"), encoding: .utf8)
        XCTAssertEqual(page.components(separatedBy: "活動内容</h").count - 1, 1, "the heading appears once")
        XCTAssertTrue(page.contains("活動場所</h3>"), "later body headings stay, under the page's own")
    }

    func testTheHeadingAboveTheBodyIsReadFromTheLayout() {
        XCTAssertEqual(ThemeTemplates.lastHeading("<section>\n<h2 id=\"group-activity\">活動内容</h2>\n"), "活動内容")
        XCTAssertNil(ThemeTemplates.lastHeading("<h2>{{title}}</h2>"))
        XCTAssertNil(ThemeTemplates.lastHeading("<p>本文</p>"))
    }
}
