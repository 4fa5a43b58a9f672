import Foundation
import XCTest
@testable import CivicSite

/// Where `civicsite new` finds a kind's template: the site's `archetypes/`
/// first, then the theme, then the themes it extends.
final class RecordTemplateLookupTests: XCTestCase {
    func testTheSitesOwnTemplateWinsOverTheThemes() throws {
        let project = try NewRecordProject.make(sample: false)
        defer { project.remove() }
        try project.write("---\ndraft: true\ntitle: {{#title}}{{title}}{{/title}}{{^title}}〔市の講座名〕{{/title}}\nstart: {{today}}\nsummary: 〔市の説明〕\n---\n",
                          to: "archetypes/events.md")
        let event = try project.make(.events)
        XCTAssertEqual(event.template, "archetypes/events.md")
        XCTAssertEqual(try project.text(event.path), "---\ndraft: true\ntitle: 〔市の講座名〕\nstart: 2026-12-01\nsummary: 〔市の説明〕\n---\n")
        XCTAssertEqual(try project.make(.grants).template, "themes/default/archetypes/grants.md")
    }

    func testACityThemeOverridesOneTemplateAndInheritsTheOthers() throws {
        let project = try NewRecordProject.make(sample: false)
        defer { project.remove() }
        try project.write("extends: default\n", to: "themes/city/theme.yml")
        try project.write("---\ndraft: true\ntitle: {{#title}}{{title}}{{/title}}{{^title}}〔ページ名〕{{/title}}\n---\n〔市の本文〕\n",
                          to: "themes/city/archetypes/pages.md")
        let settings = try project.text("content/site.yml")
        XCTAssertFalse(settings.contains("theme:"), "the fixture uses the default theme")
        try project.write(settings + "theme: city\n", to: "content/site.yml")
        XCTAssertEqual(try project.make(.pages).template, "themes/city/archetypes/pages.md")
        XCTAssertEqual(try project.make(.cases).template, "themes/default/archetypes/cases.md")
        // --theme picks a theme folder directly, as for build.
        let chosen = try NewRecord.make(project.request(.pages, slug: "other", theme: project.root.appendingPathComponent("themes/default")))
        XCTAssertTrue(chosen.template.hasSuffix("themes/default/archetypes/pages.md"), chosen.template)
    }

    func testATemplateThatMakesABrokenRecordWritesNothing() throws {
        let project = try NewRecordProject.make(sample: false)
        defer { project.remove() }
        try project.write("---\ndraft: true\ntitle: {{title}}\ntype: 〔組織形態〕\n---\n", to: "archetypes/groups.md")
        XCTAssertThrowsError(try project.make(.groups, title: "さくら", slug: "sakura-2")) { error in
            let ids = (error as? DiagnosticList)?.items.map(\.id) ?? []
            XCTAssertEqual(ids.first, "CS9117")
            XCTAssertTrue(ids.contains("CS2101") || ids.contains { $0.hasPrefix("CS2") }, "\(ids)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.content.appendingPathComponent("groups/sakura-2.md").path))
        // A mistake in the template itself is reported where it is.
        try project.write("---\ndraft: true\ntitle: {{titel}}\n---\n", to: "archetypes/pages.md")
        XCTAssertThrowsError(try project.make(.pages, title: "x", slug: "x")) { error in
            let problem = (error as? DiagnosticList)?.items.first
            XCTAssertEqual(problem?.location.description, "archetypes/pages.md:3:8")
            XCTAssertEqual(problem?.hint, "did you mean 'title'?")
        }
    }

    /// The theme's templates themselves: each renders to a record with a
    /// `draft: true` line and only valid values, whatever is typed.
    func testTheDefaultTemplatesUseOnlyKnownValues() throws {
        let project = try NewRecordProject.make(sample: false)
        defer { project.remove() }
        for kind in RecordKind.makeable {
            let text = try project.text("themes/default/archetypes/\(kind.rawValue).md")
            XCTAssertTrue(text.hasPrefix("---\n"), "\(kind)")
            XCTAssertTrue(text.contains("\ndraft: true\n"), "\(kind)")
            XCTAssertNoThrow(try project.make(kind, title: "「題」: #1", slug: "typed-\(kind.singular)"))
        }
    }
}
