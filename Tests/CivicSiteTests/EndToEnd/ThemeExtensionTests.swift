import CivicSite
import Foundation
import XCTest

/// A city theme that says `extends: default` and overrides one partial
/// changes only that part of every page.
final class ThemeExtensionTests: XCTestCase {
    func testOverridingOnePartialChangesOnlyThatPart() throws {
        let work = try FixtureBuild.temporaryDirectory("theme-extension")
        defer { try? FileManager.default.removeItem(at: work) }
        let themes = work.appendingPathComponent("themes")
        let city = themes.appendingPathComponent("city")
        try FileManager.default.createDirectory(at: city.appendingPathComponent("partials"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestPaths.projectRoot.appendingPathComponent("themes/default"),
                                         to: themes.appendingPathComponent("default"))
        try "extends: default\n".write(to: city.appendingPathComponent("theme.yml"), atomically: true, encoding: .utf8)
        let footer = "<footer class=\"site-footer city-footer\"><p>{{site.centre.name}}（市のテーマ）</p></footer>\n"
        try footer.write(to: city.appendingPathComponent("partials/footer.mustache"), atomically: true, encoding: .utf8)

        let siteRoot = TestPaths.fixtures.appendingPathComponent("sites/basic")
        var plain = FixtureBuild.options(siteRoot: siteRoot, output: work.appendingPathComponent("plain"))
        plain.themesDirectory = themes
        var themed = plain
        themed.outputDirectory = work.appendingPathComponent("themed")
        themed.themeDirectory = city
        _ = try SiteBuilder(options: plain).build()
        _ = try SiteBuilder(options: themed).build()

        let pages = FixtureBuild.files(under: plain.outputDirectory).filter { $0.hasSuffix(".html") }
        XCTAssertFalse(pages.isEmpty)
        for page in pages {
            let a = try String(contentsOf: plain.outputDirectory.appendingPathComponent(page), encoding: .utf8)
            let b = try String(contentsOf: themed.outputDirectory.appendingPathComponent(page), encoding: .utf8)
            XCTAssertTrue(b.contains("（市のテーマ）"), "\(page) does not use the city footer")
            XCTAssertEqual(Self.withoutFooter(a), Self.withoutFooter(b), "\(page) changed outside the footer")
        }
        XCTAssertEqual(FixtureBuild.files(under: plain.outputDirectory), FixtureBuild.files(under: themed.outputDirectory))
    }

    /// The page with its `<footer …>…</footer>` cut out.
    static func withoutFooter(_ html: String) -> String {
        guard let start = html.range(of: "<footer"), let end = html.range(of: "</footer>", range: start.upperBound..<html.endIndex) else {
            return html
        }
        return String(html[..<start.lowerBound]) + String(html[end.upperBound...])
    }
}
