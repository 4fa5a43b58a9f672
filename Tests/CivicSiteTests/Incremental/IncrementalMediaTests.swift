@testable import CivicSite
import Foundation
import XCTest

/// Files beside records in the preview: a picture edited in place, a file
/// added and removed, a record folder renamed.
final class IncrementalMediaTests: XCTestCase {
    var work: URL!
    var site: EditableSite!

    override func setUpWithError() throws {
        work = try FixtureBuild.temporaryDirectory("incremental-media")
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

    func assertSameAsFullBuild(file: StaticString = #filePath, line: UInt = #line) throws {
        _ = try SiteBuilder(options: options("full")).build()
        let differences = SiteTree(work.appendingPathComponent("incremental")).differences(from: SiteTree(work.appendingPathComponent("full")))
        XCTAssertEqual(differences, [], file: file, line: line)
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: work.appendingPathComponent("incremental/\(path)index.html"), encoding: .utf8)
    }

    func testAPictureEditedInPlaceIsCopiedAgainAndItsPageStatesTheNewSize() throws {
        let build = try IncrementalBuild(options: options("incremental"))
        _ = try build.build()
        let picture = "content/groups/midori-no-mori/teire.png"
        let other = site.readData("content/events/2026-12-rindodai-bosai-kunren/map.png")
        let before = try ImageHeaders.read(site.readData(picture), expected: .png).get()
        let after = try ImageHeaders.read(other, expected: .png).get()
        XCTAssertNotEqual([before.width, before.height], [after.width, after.height], "the test needs two sizes")
        site.writeData(picture, other)
        let run = try build.build()
        XCTAssertFalse(run.full)
        XCTAssertEqual(run.filesRead, 0, "no record file changed")
        let copy = try Data(contentsOf: work.appendingPathComponent("incremental/groups/midori-no-mori/files/teire.png"))
        XCTAssertEqual(copy, other)
        XCTAssertTrue(try page("groups/midori-no-mori/").contains("width=\"\(after.width)\""))
        try assertSameAsFullBuild()
    }

    func testAFileAddedNamedRemovedAndAFolderRenamed() throws {
        let build = try IncrementalBuild(options: options("incremental"))
        _ = try build.build()
        let folder = "content/groups/midori-no-mori"
        site.writeData("\(folder)/annai.pdf", site.readData("content/events/2026-12-rindodai-bosai-kunren/チラシ.pdf"))
        site.write("\(folder)/index.md", EditableSite.setting("attachments", to: "\n  - file: annai.pdf\n    title: 森の手入れの案内",
                                                           in: site.read("\(folder)/index.md")))
        _ = try build.build()
        XCTAssertTrue(try page("groups/midori-no-mori/").contains("森の手入れの案内"))
        try assertSameAsFullBuild()

        site.write("\(folder)/index.md", EditableSite.removing("attachments", in: site.read("\(folder)/index.md")))
        site.remove("\(folder)/annai.pdf")
        _ = try build.build()
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("incremental/groups/midori-no-mori/files/annai.pdf").path))
        try assertSameAsFullBuild()

        // An event nothing refers to, with its poster.
        let event = "2026-03-harmony-haru-concert"
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("incremental/events/\(event)/files/poster.gif").path))
        site.renameRecord("events", event, to: "\(event)-2")
        _ = try build.build()
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("incremental/events/\(event)-2/files/poster.gif").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.appendingPathComponent("incremental/events/\(event)").path))
        try assertSameAsFullBuild()
    }
}
