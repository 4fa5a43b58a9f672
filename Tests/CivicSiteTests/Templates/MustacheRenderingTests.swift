import CivicSite
import XCTest

/// Rendering rules beyond the spec: strict mode, escaping, our truthiness choices.
final class MustacheRenderingTests: XCTestCase {
    private func render(_ source: String, _ data: TemplateValue, strict: Bool = false,
                        partials: [String: String] = [:]) throws -> String {
        var parsed: [String: MustacheTemplate] = [:]
        for (name, text) in partials { parsed[name] = try MustacheTemplate.parse(text, path: "partials/\(name).mustache") }
        return try MustacheTemplate.parse(source, path: "layouts/page.mustache").render(data, partials: parsed, strict: strict)
    }

    private func strictError(_ source: String, _ data: TemplateValue, partials: [String: String] = [:]) -> Diagnostic? {
        do {
            let output = try render(source, data, strict: true, partials: partials)
            XCTFail("expected a strict error, got \(output.debugDescription)")
            return nil
        } catch let error as DiagnosticList {
            XCTAssertEqual(error.items.count, 1)
            return error.items.first
        } catch {
            XCTFail("unexpected error \(error)")
            return nil
        }
    }

    func testStrictModeReportsATypoWithASuggestionAtTheTag() throws {
        let data: TemplateValue = ["title": "市民活動センター", "events": []]
        XCTAssertEqual(try render("<h1>{{titel}}</h1>", data), "<h1></h1>", "non-strict renders nothing, as the spec says")
        XCTAssertEqual(strictError("<h1>{{titel}}</h1>", data)?.description,
                       "layouts/page.mustache:1:5: error: unknown variable 'titel'\n    hint: did you mean 'title'?")
    }

    func testStrictModeAcceptsNullAndOuterFrames() throws {
        let data: TemplateValue = ["site": ["name": "センター"], "groups": [["name": "こども食堂", "url": nil]]]
        let output = try render("{{#groups}}{{name}}@{{site.name}}[{{url}}]{{/groups}}", data, strict: true)
        XCTAssertEqual(output, "こども食堂@センター[]")
    }

    func testStrictModeChecksSectionsAndDottedNames() {
        let data: TemplateValue = ["group": ["name": "NPO", "fields": []], "title": "t"]
        XCTAssertEqual(strictError("{{#evnts}}x{{/evnts}}", data)?.message, "unknown variable 'evnts'")
        XCTAssertEqual(strictError("{{^evnts}}x{{/evnts}}", data)?.message, "unknown variable 'evnts'")
        let dotted = strictError("\n  {{group.nmae}}", data)
        XCTAssertEqual(dotted?.message, "unknown variable 'group.nmae'")
        XCTAssertEqual(dotted?.hint, "did you mean 'group.name'?")
        XCTAssertEqual(dotted?.location, SourceLocation(file: "layouts/page.mustache", line: 2, column: 3))
        XCTAssertEqual(strictError("{{title.x}}", data)?.hint, "'title' is text, not an object")
    }

    func testStrictErrorInAPartialIsLocatedInThePartial() {
        let error = strictError("{{> card}}", ["name": "x"], partials: ["card": "<b>\n{{nmae}}</b>"])
        XCTAssertEqual(error?.location, SourceLocation(file: "partials/card.mustache", line: 2, column: 1))
        XCTAssertEqual(error?.hint, "did you mean 'name'?")
    }

    func testStrictModeReportsAMissingPartial() throws {
        XCTAssertEqual(try render("a{{> hedaer}}b", [:], partials: ["header": "H"]), "ab")
        let error = strictError("a{{> hedaer}}b", [:], partials: ["header": "H"])
        XCTAssertEqual(error?.message, "unknown partial 'hedaer'")
        XCTAssertEqual(error?.hint, "did you mean 'header'?")
    }

    func testEscapingCoversApostrophesAndTripleMustacheDoesNot() throws {
        let data: TemplateValue = ["x": "<a href='u'>\"&\"</a>"]
        XCTAssertEqual(try render("{{x}}", data), "&lt;a href=&#39;u&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;")
        XCTAssertEqual(try render("{{{x}}}|{{& x}}", data), "<a href='u'>\"&\"</a>|<a href='u'>\"&\"</a>")
    }

    func testTruthinessAndNumbers() throws {
        let data: TemplateValue = ["empty": "", "zero": 0, "whole": 2.0, "ratio": 1.21, "none": nil, "obj": [:]]
        XCTAssertEqual(try render("[{{#empty}}E{{/empty}}{{^empty}}e{{/empty}}]", data), "[e]")
        XCTAssertEqual(try render("[{{#zero}}{{.}}{{/zero}}]", data), "[0]")
        XCTAssertEqual(try render("{{whole}} {{ratio}} [{{none}}]", data), "2 1.21 []")
        XCTAssertEqual(try render("{{#obj}}o{{/obj}}{{^none}}n{{/none}}", data), "on")
    }

    func testBuildingObjectsFromOrderedPairs() {
        let value = TemplateValue(pairs: [("a", 1), ("b", "x"), ("a", 2)])
        XCTAssertEqual(value, .object(["a": .int(2), "b": .string("x")]))
        XCTAssertEqual(TemplateValue.string(nil as String?), .null)
        XCTAssertEqual([true, 1.5, nil] as TemplateValue, .array([.bool(true), .double(1.5), .null]))
    }

    func testLayoutInheritanceWithLayoutBlocks() throws {
        let base = "<html>\n<title>{{$title}}{{site}}{{/title}}</title>\n<body>\n  {{$main}}\n  <p>empty</p>\n  {{/main}}\n</body>\n"
        let page = "{{<base}}\n{{$title}}{{name}} | {{site}}{{/title}}\n{{$main}}\n<h1>{{name}}</h1>\n<ul>\n  <li>x</li>\n</ul>\n{{/main}}\n{{/base}}\n"
        let output = try render(page, ["site": "S", "name": "N"], strict: true, partials: ["base": base])
        XCTAssertEqual(output, "<html>\n<title>N | S</title>\n<body>\n  <h1>N</h1>\n  <ul>\n    <li>x</li>\n  </ul>\n</body>\n")
    }

    func testSelfIncludingPartialStopsWithAnError() {
        XCTAssertThrowsError(try render("{{> loop}}", [:], partials: ["loop": "x{{> loop}}"])) { error in
            XCTAssertEqual((error as? DiagnosticList)?.items.first?.message,
                           "templates include each other more than 200 levels deep")
        }
    }
}
