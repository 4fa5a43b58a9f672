@testable import CivicSite
import Foundation
import XCTest

/// Runs told by the preview's watcher what changed (`FileChanges`): only
/// those files are stamped again, and the result is the full build's.
final class IncrementalBuildChangesTests: XCTestCase {
    var work: URL!
    var site: EditableSite!

    override func setUpWithError() throws {
        work = try FixtureBuild.temporaryDirectory("incremental-changes")
        site = try EditableSite(copying: TestPaths.projectRoot, themes: TestPaths.projectRoot.appendingPathComponent("themes"),
                                into: work.appendingPathComponent("site"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: work)
    }

    func options(_ output: String) -> BuildOptions {
        BuildOptions(contentDirectory: site.content, themesDirectory: site.themes,
                     outputDirectory: work.appendingPathComponent(output), now: FixtureBuild.now)
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: work.appendingPathComponent("incremental/\(path)/index.html"), encoding: .utf8)
    }

    func saved(_ relative: String, listingsUnchanged: Bool = true) -> FileChanges {
        FileChanges(paths: [site.url(relative).path], listingsUnchanged: listingsUnchanged)
    }

    func assertSameAsFullBuild(file: StaticString = #filePath, line: UInt = #line) throws {
        _ = try SiteBuilder(options: options("full")).build()
        let differences = SiteTree(work.appendingPathComponent("incremental")).differences(from: SiteTree(work.appendingPathComponent("full")))
        XCTAssertEqual(differences, [], file: file, line: line)
    }

    func testASavedFileNamedByTheWatcherIsReadAndNoOtherIsStamped() throws {
        let build = try IncrementalBuild(options: options("incremental"))
        _ = try build.build()
        let (first, second) = (site.slugs("groups")[2], site.slugs("groups")[3])
        let file = site.recordPath("groups", first)
        site.write(file, EditableSite.setting("title", to: "見張られた会", in: site.read(file)))
        let run = try build.build(changes: saved(file))
        XCTAssertEqual(run.filesRead, 1)
        XCTAssertTrue(try page("groups/\(first)").contains("見張られた会"))
        try assertSameAsFullBuild()

        // The watcher is trusted: a file it did not name is not looked at …
        let other = site.recordPath("groups", second)
        site.write(other, EditableSite.setting("title", to: "名指しされなかった会", in: site.read(other)))
        let trusted = try build.build(changes: saved(file))
        XCTAssertEqual(trusted.filesRead, 0, "the named file is unchanged and the other one is not stamped")
        XCTAssertFalse(try page("groups/\(second)").contains("名指しされなかった会"))
        // … until it is named, or a run is told nothing (then every file is stamped).
        let untold = try build.build()
        XCTAssertEqual(untold.filesRead, 1)
        XCTAssertTrue(try page("groups/\(second)").contains("名指しされなかった会"))
        try assertSameAsFullBuild()
    }

    func testAnAddedFileOrAPathTheCacheDoesNotKnowListsTheFoldersAgain() throws {
        let build = try IncrementalBuild(options: options("incremental"))
        _ = try build.build()
        let slug = site.slugs("groups")[1]
        let copy = "content/groups/\(slug)-copy.md"
        let text = site.read(site.recordPath("groups", slug))
        site.write(copy, EditableSite.setting("title", to: "増えた会", in: text))
        // Named as saved in place although it is new: the path is not one the
        // cache knows, so the folders are listed and it is found all the same.
        let run = try build.build(changes: saved(copy))
        XCTAssertEqual(run.filesRead, 1)
        XCTAssertTrue(try page("groups/\(slug)-copy").contains("増えた会"))
        try assertSameAsFullBuild()

        site.remove(copy)
        let removed = try build.build(changes: saved(copy, listingsUnchanged: false))
        XCTAssertGreaterThan(removed.filesRemoved, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("incremental/groups/\(slug)-copy").path))
        try assertSameAsFullBuild()
    }
}
