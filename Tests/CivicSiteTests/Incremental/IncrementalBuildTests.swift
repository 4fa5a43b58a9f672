@testable import CivicSite
import Foundation
import XCTest

/// What one incremental run reads, renders and writes after one edit.
final class IncrementalBuildTests: XCTestCase {
    var work: URL!
    var site: EditableSite!

    override func setUpWithError() throws {
        work = try FixtureBuild.temporaryDirectory("incremental-unit")
        site = try EditableSite(copying: TestPaths.projectRoot, themes: TestPaths.projectRoot.appendingPathComponent("themes"),
                                into: work.appendingPathComponent("site"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: work)
    }

    func options(_ output: String, now: DateTime = FixtureBuild.now) -> BuildOptions {
        BuildOptions(contentDirectory: site.content, themesDirectory: site.themes,
                     outputDirectory: work.appendingPathComponent(output), now: now)
    }

    func assertSameAsFullBuild(now: DateTime = FixtureBuild.now, file: StaticString = #filePath, line: UInt = #line) throws {
        _ = try SiteBuilder(options: options("full", now: now)).build()
        let differences = SiteTree(work.appendingPathComponent("incremental")).differences(from: SiteTree(work.appendingPathComponent("full")))
        XCTAssertEqual(differences, [], file: file, line: line)
    }

    func testOneEditReadsOneFileAndRendersOnlyThePagesThatShowIt() throws {
        let build = try IncrementalBuild(options: options("incremental"))
        let first = try build.build()
        XCTAssertTrue(first.full)
        XCTAssertGreaterThan(first.filesRead, 100)
        let again = try build.build()
        XCTAssertEqual(again.filesRead, 0, "nothing changed")
        XCTAssertEqual(again.pagesRendered, 0)
        XCTAssertEqual(again.filesWritten, 0)

        let slug = site.slugs("groups")[5]
        let file = "content/groups/\(slug).md"
        site.write(file, EditableSite.setting("title", to: "新しい名前の会", in: site.read(file)))
        let run = try build.build()
        XCTAssertFalse(run.full)
        XCTAssertEqual(run.filesRead, 1)
        XCTAssertLessThan(run.pagesRendered, 20, "its page, neighbours, lists, fields, events and cases")
        let page = try String(contentsOf: work.appendingPathComponent("incremental/groups/\(slug)/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("新しい名前の会"))
        try assertSameAsFullBuild()
    }

    func testAnEventPassesWhenTheTimeMovesOn() throws {
        let slug = site.slugs("events")[0]
        let file = "content/events/\(slug).md"
        let text = EditableSite.setting("end", to: "\"12:00\"", in: EditableSite.setting("start", to: "2026-12-01 10:00", in: site.read(file)))
        site.write(file, text)
        let build = try IncrementalBuild(options: options("incremental"))
        _ = try build.build()
        let eventPage = work.appendingPathComponent("incremental/events/\(slug)/index.html")
        let before = try Data(contentsOf: eventPage)
        let later = DateTime(date: FixtureBuild.now.date, hour: 13, minute: 0)
        let run = try build.build(now: later)
        XCTAssertFalse(run.full, "the same day: only what shows the event")
        XCTAssertGreaterThan(run.pagesRendered, 0)
        XCTAssertNotEqual(try Data(contentsOf: eventPage), before, "its status is now past")
        try assertSameAsFullBuild(now: later)
    }

    func testADeletedRecordsFilesAndFolderGoAndATemplateEditRendersEverything() throws {
        let build = try IncrementalBuild(options: options("incremental"))
        _ = try build.build()
        let slug = site.slugs("events")[1]
        site.remove("content/events/\(slug).md")
        let run = try build.build()
        XCTAssertGreaterThanOrEqual(run.filesRemoved, 2, "its page and its calendar file")
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("incremental/events/\(slug)").path))
        try assertSameAsFullBuild()

        site.write("themes/default/partials/footer.mustache", site.read("themes/default/partials/footer.mustache") + "<p>改</p>\n")
        let full = try build.build()
        XCTAssertTrue(full.full)
        XCTAssertEqual(full.filesRead, 0, "the content was not read again")
        try assertSameAsFullBuild()
    }

    func testErrorsLeaveTheFolderAsItWasAndAFixBringsItUpToDate() throws {
        let build = try IncrementalBuild(options: options("incremental"))
        _ = try build.build()
        let before = SiteTree(work.appendingPathComponent("incremental"))
        let slug = site.slugs("groups")[0]
        let file = "content/groups/\(slug).md"
        let good = site.read(file)
        site.write(file, EditableSite.setting("titel", to: "誤字", in: EditableSite.setting("title", to: "直す前", in: good)))
        XCTAssertThrowsError(try build.build()) { error in
            XCTAssertTrue((error as? DiagnosticList)?.hasErrors == true)
        }
        XCTAssertEqual(SiteTree(work.appendingPathComponent("incremental")).differences(from: before), [])
        site.write(file, EditableSite.setting("title", to: "直した後", in: good))
        let run = try build.build()
        XCTAssertFalse(run.full)
        try assertSameAsFullBuild()
    }
}
