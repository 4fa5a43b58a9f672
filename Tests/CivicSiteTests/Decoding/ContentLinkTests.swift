#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import CivicSite
import Foundation
import XCTest

/// Links and special files in `content/` and in a theme: followed only
/// within their folder, never out of it; special files are skipped.
final class ContentLinkTests: XCTestCase {
    private var project: URL!
    private var content: URL { project.appendingPathComponent("content") }
    private var theme: URL { project.appendingPathComponent("themes/default") }

    override func setUpWithError() throws {
        project = try OutputTestTree.project("content-links", content: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"))
        let outside = project.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("root:x:0:0:root:/root:/bin/sh\n".utf8).write(to: outside.appendingPathComponent("passwd.txt"))
        let group = try String(contentsOf: content.appendingPathComponent("groups").appendingPathComponent(try firstGroup()), encoding: .utf8)
        try Data(group.replacingOccurrences(of: "name:", with: "name: 外").utf8).write(to: outside.appendingPathComponent("foreign.md"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: project)
    }

    private func firstGroup() throws -> String {
        try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: content.path + "/groups").sorted().first { $0.hasSuffix(".md") })
    }

    private func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: project.path + "/" + path, withDestinationPath: target)
    }

    private func build() -> (report: BuildReport?, problems: [Diagnostic]) {
        let options = BuildOptions(contentDirectory: content, themesDirectory: project.appendingPathComponent("themes"),
                                   outputDirectory: project.appendingPathComponent("site"), now: FixtureBuild.now)
        do {
            let report = try SiteBuilder(options: options).build()
            return (report, report.warnings)
        } catch {
            return (nil, error.sorted)
        }
    }

    func testARecordLinkedFromOutsideTheContentFolderIsAnErrorAndNotRead() throws {
        try link("content/groups/foreign.md", to: "../../outside/foreign.md")
        let result = build()
        XCTAssertNil(result.report)
        XCTAssertEqual(result.problems.map(\.description), [
            "content/groups/foreign.md:1:1: error: 'content/groups/foreign.md' is a symbolic link to '../../outside/foreign.md', outside the content folder 'content'\n"
            + "    hint: links are followed only within that folder: copy the file in instead of linking to it",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.path + "/site"), "nothing was published")
    }

    func testLinksWithinTheContentFolderAreFollowed() throws {
        try FileManager.default.createDirectory(at: content.appendingPathComponent("archive"), withIntermediateDirectories: true)
        let group = try firstGroup()
        try FileManager.default.moveItem(at: content.appendingPathComponent("groups/\(group)"), to: content.appendingPathComponent("archive/\(group)"))
        try link("content/groups/\(group)", to: "../archive/\(group)")
        let result = build()
        XCTAssertNotNil(result.report, result.problems.map(\.description).joined(separator: "\n"))
        let slug = String(group.dropLast(3))
        XCTAssertTrue(FileManager.default.fileExists(atPath: project.path + "/site/groups/\(slug)/index.html"))
    }

    func testBrokenAndLoopingLinksAreNamed() throws {
        try link("content/pages/gone.md", to: "deleted.md")
        try link("content/pages/loop.md", to: "loop.md")
        let messages = build().problems.filter { $0.id == "CS1051" }.map(\.message)
        XCTAssertEqual(messages, ["'content/pages/gone.md' is a symbolic link to 'deleted.md', which does not exist",
                                  "'content/pages/loop.md' is a symbolic link to 'loop.md', and the links lead round in a circle"])
    }

    func testAFolderOfTheContentLinkedFromOutsideIsRefusedToo() throws {
        try FileManager.default.removeItem(at: content.appendingPathComponent("cases"))
        try link("content/cases", to: "../outside")
        let problems = build().problems
        XCTAssertEqual(problems.filter { $0.id == "CS1050" }.map(\.location.file), ["content/cases"])
    }

    func testANamedPipeIsSkippedWithAWarningInsteadOfBlockingTheBuild() throws {
        XCTAssertEqual(mkfifo(content.path + "/groups/pipe.md", 0o644), 0)
        let result = build()
        XCTAssertNotNil(result.report, result.problems.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(result.problems.map(\.description), [
            "content/groups/pipe.md:1:1: warning: 'content/groups/pipe.md' is a named pipe, not a plain file; it is not read\n"
            + "    hint: only plain files and folders are read; move it out of the folder",
        ])
    }

    func testAThemeAssetLinkedOutsideTheThemeIsAnErrorAndNeverPublished() throws {
        // The audit: a link to /etc/passwd appeared as /assets/passwd.txt.
        try link("themes/default/assets/passwd.txt", to: project.path + "/outside/passwd.txt")
        let result = build()
        XCTAssertNil(result.report)
        XCTAssertEqual(result.problems.map(\.message),
                       ["'themes/default/assets/passwd.txt' is a symbolic link to '\(project.path)/outside/passwd.txt', outside the theme folder 'themes/default'"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.path + "/site"))
        // Never read, even by code that does not report: the theme's file list leaves it out.
        let files = ThemeFiles.winningFiles(in: "assets", of: [(theme, "themes/default")]).map(\.relativePath)
        XCTAssertFalse(files.contains("passwd.txt"))
        XCTAssertTrue(files.contains("style.css"))
    }

    func testLinksWithinTheThemeAreFollowedFoldersIncluded() throws {
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("shared/icons"), withIntermediateDirectories: true)
        try Data("<svg/>".utf8).write(to: theme.appendingPathComponent("shared/icons/a.svg"))
        try link("themes/default/assets/icons", to: "../shared/icons")
        try link("themes/default/assets/copy.css", to: "style.css")
        try link("themes/default/assets/again", to: ".")   // a loop: walked once
        let result = build()
        XCTAssertNotNil(result.report, result.problems.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: project.path + "/site/assets/icons/a.svg"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: project.path + "/site/assets/copy.css"))
    }
}
