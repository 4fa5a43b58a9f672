import CivicSite
import Foundation
import XCTest

/// `build` replaces its output folder, so an output that would delete the
/// content, the theme or someone's files is refused before anything is
/// written, with exit code 2.
final class OutputFolderSafetyTests: XCTestCase {
    private var project: URL!

    override func setUpWithError() throws {
        try CivicSiteCommand.requireExecutable()
        // A project folder of its own: the sample content and theme, and a file of the user's.
        project = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-output-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: project, withIntermediateDirectories: true)
        try fm.copyItem(at: TestPaths.projectRoot.appendingPathComponent("content"), to: project.appendingPathComponent("content"))
        try fm.copyItem(at: TestPaths.projectRoot.appendingPathComponent("themes"), to: project.appendingPathComponent("themes"))
        try Data("my notes\n".utf8).write(to: project.appendingPathComponent("notes.txt"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: project)
    }

    private func build(_ output: String, _ extra: [String] = []) throws -> CivicSiteCommand.Run {
        try CivicSiteCommand.run(["build", "--quiet", "--lang", "en", "--now", "2026-12-01", "--output", output] + extra, in: project)
    }

    private func assertRefused(_ output: String, _ message: String, hint: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let before = FixtureBuild.files(under: project)
        let result = try build(output)
        XCTAssertEqual(result.status, 2, result.stderr, file: file, line: line)
        let withoutID = result.stderr.replacingOccurrences(of: #" \[CS5[0-9]{3}\]"#, with: "", options: .regularExpression)
        XCTAssertEqual(withoutID, "error: \(message)\n    hint: \(hint)\n", file: file, line: line)
        XCTAssertEqual(FixtureBuild.files(under: project), before, "the refused build changed files", file: file, line: line)
    }

    private let elsewhere = "a build replaces its output folder as a whole; write the site to a folder of its own, e.g. --output site"

    func testOutputMayNotBeHoldOrSitInsideTheContentOrThemes() throws {
        try assertRefused(".", "the output folder '.' holds the content folder 'content'", hint: elsewhere)
        try assertRefused("content", "the output folder 'content' is the content folder 'content'", hint: elsewhere)
        try assertRefused("content/site", "the output folder 'content/site' is inside the content folder 'content'", hint: elsewhere)
        try assertRefused("themes", "the output folder 'themes' is the themes folder 'themes'", hint: elsewhere)
        try assertRefused("themes/default/site", "the output folder 'themes/default/site' is inside the themes folder 'themes'", hint: elsewhere)
        XCTAssertEqual(try build("..", ["--force"]).status, 2, "--force never allows deleting the content")
    }

    func testOutputMayNotBeAFileOrAFolderOfOtherFiles() throws {
        try assertRefused("notes.txt", "the output 'notes.txt' is a file, not a folder", hint: "name a folder for the site, e.g. --output site")
        let docs = project.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try Data("draft\n".utf8).write(to: docs.appendingPathComponent("plan.txt"))
        try assertRefused("docs", "the output folder 'docs' holds files that are not a built site (no index.html and sitemap.xml at its top)",
                          hint: "a build replaces the whole folder: name a new or empty folder, or add --force to replace this one anyway")

        let forced = try build("docs", ["--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: docs.appendingPathComponent("index.html").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: docs.appendingPathComponent("plan.txt").path))
    }

    func testABuiltSiteAndANewOrEmptyFolderAreReplacedAsUsual() throws {
        XCTAssertEqual(try build("site").status, 0, "a new folder")
        let again = try build("site")
        XCTAssertEqual(again.status, 0, "a site a build wrote: \(again.stderr)")
        let empty = project.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertEqual(try build("empty").status, 0)
        XCTAssertEqual(try String(contentsOf: project.appendingPathComponent("notes.txt"), encoding: .utf8), "my notes\n")
    }

    func testTheEngineRefusesToo() throws {
        // For callers of the library, which do not go through the command line.
        let options = BuildOptions(contentDirectory: project.appendingPathComponent("content"),
                                   themesDirectory: project.appendingPathComponent("themes"),
                                   outputDirectory: project.appendingPathComponent("content"), now: FixtureBuild.now)
        XCTAssertThrowsError(try SiteBuilder(options: options).build()) { error in
            XCTAssertTrue("\(error)".contains("is the content folder 'content'"), "\(error)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: project.appendingPathComponent("content/site.yml").path))
    }
}
