import CivicSite
import Foundation
import XCTest

/// Loading themes: layering, checks, assets, parse-once caching.
final class ThemeTemplatesTests: XCTestCase {
    private var fixture: ThemeFixture!

    override func setUpWithError() throws {
        fixture = try ThemeFixture()
        try fixture.write("default", [
            "layouts/base.mustache": "<html>\n<body>\n{{> header}}\n  {{$main}}\n  {{/main}}\n</body>\n</html>\n",
            "layouts/group.mustache": "{{<base}}\n{{$main}}\n<h1>{{name}}</h1>\n{{> cards/field}}\n{{/main}}\n{{/base}}\n",
            "partials/header.mustache": "<header>既定</header>\n",
            "partials/cards/field.mustache": "{{#fields}}<span>{{.}}</span>{{/fields}}\n",
            "assets/css/site.css": "body{}",
            "assets/logo.svg": "<svg/>",
            "assets/.DS_Store": "junk",
        ])
        try fixture.write("city", [
            "partials/header.mustache": "<header>{{site}}</header>\n",
            "assets/css/site.css": "body{color:green}",
        ])
    }

    override func tearDown() {
        fixture.remove()
    }

    private let group: TemplateValue = ["name": "こども食堂", "fields": ["子どもの健全育成", "まちづくり"], "site": "市民活動センター"]

    func testDefaultThemeRendersLayoutThroughParentAndPartials() throws {
        let theme = try ThemeTemplates.load(layers: fixture.layers("default"))
        XCTAssertEqual(theme.layoutNames, ["base", "group"])
        XCTAssertEqual(theme.partialNames, ["cards/field", "header"])
        XCTAssertEqual(try theme.render("group", group, strict: true),
                       "<html>\n<body>\n<header>既定</header>\n  <h1>こども食堂</h1>\n  <span>子どもの健全育成</span><span>まちづくり</span>\n</body>\n</html>\n")
    }

    func testChildLayerOverridingOnePartialChangesOnlyThatPart() throws {
        let base = try ThemeTemplates.load(layers: fixture.layers("default")).render("group", group, strict: true)
        let city = try ThemeTemplates.load(layers: fixture.layers("city", "default")).render("group", group, strict: true)
        XCTAssertEqual(city, base.replacingOccurrences(of: "<header>既定</header>", with: "<header>市民活動センター</header>"))
        XCTAssertNotEqual(city, base)
    }

    func testAChildLayoutReplacesTheParentLayoutForEveryPageThatExtendsIt() throws {
        try fixture.write("city", ["layouts/base.mustache": "<main>{{$main}}{{/main}}</main>\n"])
        let theme = try ThemeTemplates.load(layers: fixture.layers("city", "default"))
        XCTAssertEqual(try theme.render("group", group, strict: true),
                       "<main><h1>こども食堂</h1>\n<span>子どもの健全育成</span><span>まちづくり</span>\n</main>\n")
    }

    func testAssetsComeFromTheWinningLayerAndSkipHiddenFiles() throws {
        let theme = try ThemeTemplates.load(layers: fixture.layers("city", "default"))
        XCTAssertEqual(theme.assets.map(\.relativePath), ["css/site.css", "logo.svg"])
        XCTAssertEqual(try String(contentsOf: theme.assets[0].source, encoding: .utf8), "body{color:green}")
        XCTAssertEqual(try String(contentsOf: theme.assets[1].source, encoding: .utf8), "<svg/>")
    }

    func testLoadParsesEachWinningFileOnceAndRenderingReadsNoFiles() throws {
        // The overridden default header is broken: loading must not even parse it.
        try fixture.write("default", ["partials/header.mustache": "{{#broken"])
        let theme = try ThemeTemplates.load(layers: fixture.layers("city", "default"))
        XCTAssertEqual(theme.parsedFileCount, 4)
        fixture.remove()
        let output = try theme.render("group", group, strict: true)
        XCTAssertTrue(output.contains("<header>市民活動センター</header>"), output)
    }

    func testLoadCollectsEveryParseErrorOfEveryFile() throws {
        try fixture.write("city", [
            "layouts/event.mustache": "<h1>{{title}}</h1>\n<ul>\n{{#sessions}}\n",
            "partials/footer.mustache": "{{/footer}}",
        ])
        XCTAssertThrowsError(try ThemeTemplates.load(layers: fixture.layers("city", "default"))) { error in
            XCTAssertEqual((error as? DiagnosticList)?.description, """
                themes/city/layouts/event.mustache:3:1: error: unclosed section 'sessions'
                    hint: close it with {{/sessions}}
                themes/city/partials/footer.mustache:1:1: error: unexpected closing tag 'footer'
                    hint: no section is open here; remove it or add {{#footer}} before it
                """)
        }
    }

    func testMissingThemeFolderIsAnError() {
        XCTAssertThrowsError(try ThemeTemplates.load(layers: fixture.layers("cty", "default"))) { error in
            let items = (error as? DiagnosticList)?.items ?? []
            XCTAssertEqual(items.map(\.location), [.file("themes/cty")])
            XCTAssertEqual(items.map(\.message), ["theme folder not found"])
        }
    }

    func testCheckReportsUnknownPartialsAndParentsWithSuggestions() throws {
        try fixture.write("city", [
            "layouts/event.mustache": "{{<bse}}{{/bse}}\n",
            "partials/footer.mustache": "<footer>\n  {{> hedaer}}\n</footer>\n",
        ])
        let theme = try ThemeTemplates.load(layers: fixture.layers("city", "default"))
        XCTAssertEqual(theme.check().map(\.description), [
            "themes/city/layouts/event.mustache:1:1: error: unknown parent 'bse'\n    hint: did you mean 'base'?",
            "themes/city/partials/footer.mustache:2:3: error: unknown partial 'hedaer'\n    hint: did you mean 'header'?",
        ])
        XCTAssertEqual(try ThemeTemplates.load(layers: fixture.layers("default")).check(), [])
    }

    func testCheckReportsABlockTheParentDoesNotHave() throws {
        try fixture.write("city", [
            "layouts/event.mustache": "{{<base}}\n{{$mian}}\n<h1>{{title}}</h1>\n{{/mian}}\n{{$main}}ok{{/main}}\n{{/base}}\n",
            "layouts/wrapped.mustache": "{{<group}}{{$main}}fine: base has it through group{{/main}}{{/group}}",
        ])
        let theme = try ThemeTemplates.load(layers: fixture.layers("city", "default"))
        XCTAssertEqual(theme.check().map(\.description), [
            "themes/city/layouts/event.mustache:2:1: error: unknown block 'mian' in parent 'base'\n    hint: did you mean 'main'?",
        ])
    }

    func testUnknownLayoutAndStrictTyposInThemeFiles() throws {
        let theme = try ThemeTemplates.load(layers: fixture.layers("city", "default"))
        XCTAssertThrowsError(try theme.render("grop", group, strict: false)) { error in
            XCTAssertEqual((error as? DiagnosticList)?.description,
                           "themes/city/layouts/grop.mustache:1:1: error: the theme has no layout 'grop' for these pages\n"
                           + "    hint: add layouts/grop.mustache (the default theme's is a starting point), or extend a theme that has it")
        }
        XCTAssertThrowsError(try theme.render("group", ["name": "x", "fields": [], "sitee": "y"], strict: true)) { error in
            XCTAssertEqual((error as? DiagnosticList)?.description,
                           "themes/city/partials/header.mustache:1:9: error: unknown variable 'site'\n    hint: did you mean 'sitee'?")
        }
    }

    func testOneLoadedThemeRendersFromManyThreadsAtOnce() throws {
        let theme = try ThemeTemplates.load(layers: fixture.layers("city", "default"))
        let expected = try theme.render("group", group, strict: true)
        let results = ThemeRenderResults(count: 64)
        let data = group
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            results.set(index, try? theme.render("group", data, strict: true))
        }
        XCTAssertEqual(results.values, Array(repeating: expected, count: 64))
    }
}

/// Collects results written from several threads.
private final class ThemeRenderResults: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: String?) {
        lock.lock()
        defer { lock.unlock() }
        storage[index] = value
    }

    var values: [String?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
