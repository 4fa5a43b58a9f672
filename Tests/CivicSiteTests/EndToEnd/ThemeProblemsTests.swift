@testable import CivicSite
import Foundation
import XCTest

/// Problems of a theme copied and edited by staff: reported with the
/// content's in one run, located, and with advice that fits.
final class ThemeProblemsTests: XCTestCase {
    private var project: URL!

    override func setUpWithError() throws {
        project = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-theme-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: project.appendingPathComponent("themes"), withIntermediateDirectories: true)
        try fm.copyItem(at: TestPaths.projectRoot.appendingPathComponent("content"), to: project.appendingPathComponent("content"))
        try fm.copyItem(at: TestPaths.projectRoot.appendingPathComponent("themes/default"),
                        to: project.appendingPathComponent("themes/default"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: project)
    }

    private func check(theme: URL? = nil) -> [String] {
        let options = BuildOptions(contentDirectory: project.appendingPathComponent("content"),
                                   themesDirectory: project.appendingPathComponent("themes"),
                                   themeDirectory: theme, outputDirectory: project.appendingPathComponent("site"),
                                   now: FixtureBuild.now)
        do {
            _ = try SiteBuilder(options: options).check()
            XCTFail("the check should fail")
            return []
        } catch {
            return error.sorted.map(\.description)
        }
    }

    private func edit(_ relative: String, _ change: (String) -> String) throws {
        let url = project.appendingPathComponent(relative)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }

    func testTemplateErrorsAreReportedWithContentErrors() throws {
        try edit("content/groups/hikari-kai.md") { $0.replacingOccurrences(of: "\nkana:", with: "\nkanna:") }
        try edit("themes/default/partials/footer.mustache") { "{{#site}}\n" + $0 }
        let problems = check()
        XCTAssertTrue(problems.contains { $0.hasPrefix("content/groups/hikari-kai.md:") && $0.contains("'kana'") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("themes/default/partials/footer.mustache:1:1: error: unclosed section 'site'") },
                      "\(problems)")
    }

    func testAShiftJISTemplateIsLocatedAndRecognised() throws {
        let sjis = "<p>{{title}}</p>\n<p>センター</p>\n".data(using: .shiftJIS)!
        try sjis.write(to: project.appendingPathComponent("themes/default/partials/footer.mustache"))
        let problems = check()
        XCTAssertTrue(problems.contains { $0.hasPrefix("themes/default/partials/footer.mustache:2:4: error: file is not UTF-8; it looks like Shift_JIS") },
                      "\(problems)")
    }

    func testOnlyThemeFoldersAreOfferedForAnUnknownParent() throws {
        try "extends: defualt\n".write(to: project.appendingPathComponent("themes/default/theme.yml"), atomically: true, encoding: .utf8)
        let problems = check(theme: project.appendingPathComponent("themes/default"))
        let unknown = problems.first { $0.contains("unknown theme 'defualt'") }
        XCTAssertNotNil(unknown, "\(problems)")
        // The themes folder holds only `default`, which is the theme itself.
        try FileManager.default.createDirectory(at: project.appendingPathComponent("themes/notes"), withIntermediateDirectories: true)
        let again = check(theme: project.appendingPathComponent("themes/default"))
        XCTAssertFalse(again.contains { $0.contains("notes") }, "a folder without layouts is not a theme: \(again)")
    }

    func testTheThemesLiteralIDsAreKeptFromBodyHeadings() throws {
        let theme = try ThemeTemplates.load(layers: ThemeResolver.layers(
            theme: "default", chosenAt: .file("content/site.yml"),
            themesDirectory: project.appendingPathComponent("themes"), displayRoot: "themes"))
        XCTAssertTrue(theme.literalIDs.isSuperset(of: ["main", "page-title", "group-activity"]), "\(theme.literalIDs.sorted())")
        XCTAssertFalse(theme.literalIDs.contains { $0.contains("{") || $0.hasSuffix("-") }, "ids built from variables are not literal")
    }
}
