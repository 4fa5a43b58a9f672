import CivicSite
import Foundation
import XCTest

/// Following `extends:` from the chosen theme to the themes it builds on.
final class ThemeLayersTests: XCTestCase {
    private var fixture: ThemeFixture!

    override func setUpWithError() throws {
        fixture = try ThemeFixture()
        for theme in ["default", "city", "ward"] {
            try fixture.write(theme, ["layouts/page.mustache": theme])
        }
    }

    override func tearDown() {
        fixture.remove()
    }

    private let siteTheme = SourceLocation(file: "site.yml", line: 3, column: 8)

    private func declared(_ parents: [String: String]) -> (String, URL) throws(DiagnosticList) -> ThemeTemplates.ThemeParent? {
        { theme, _ in parents[theme].map { ($0, SourceLocation(file: "themes/\(theme)/theme.yml", line: 1, column: 10)) } }
    }

    func testChainFollowsExtendsMostSpecificFirst() throws {
        let layers = try ThemeTemplates.layers(theme: "ward", chosenAt: siteTheme, themesDirectory: fixture.root,
                                               parentOf: declared(["ward": "city", "city": "default"]))
        XCTAssertEqual(layers.map(\.displayPath), ["themes/ward", "themes/city", "themes/default"])
        XCTAssertEqual(layers.map(\.directory.lastPathComponent), ["ward", "city", "default"])
        XCTAssertEqual(try ThemeTemplates.load(layers: layers).render("page", [:], strict: true), "ward")
    }

    func testUnknownThemeIsReportedWhereItWasChosen() {
        XCTAssertThrowsError(try ThemeTemplates.layers(theme: "defualt", chosenAt: siteTheme, themesDirectory: fixture.root,
                                                       parentOf: declared([:]))) { error in
            XCTAssertEqual((error as? DiagnosticList)?.description,
                           "site.yml:3:8: error: unknown theme 'defualt'\n    hint: did you mean 'default'?")
        }
        XCTAssertThrowsError(try ThemeTemplates.layers(theme: "city", chosenAt: siteTheme, themesDirectory: fixture.root,
                                                       parentOf: declared(["city": "basic"]))) { error in
            XCTAssertEqual((error as? DiagnosticList)?.items.first?.location.file, "themes/city/theme.yml")
        }
    }

    func testCyclicExtendsIsAnError() {
        XCTAssertThrowsError(try ThemeTemplates.layers(theme: "ward", chosenAt: siteTheme, themesDirectory: fixture.root,
                                                       parentOf: declared(["ward": "city", "city": "ward"]))) { error in
            XCTAssertEqual((error as? DiagnosticList)?.items.first?.message, "theme 'ward' extends itself (ward → city → ward)")
        }
    }
}
