import XCTest
@testable import CivicSite

/// The step limit of one page: nesting limits cannot bound a list section
/// inside a section over the same list, which repeats the list for each of
/// its items (found by the fuzz target `mustache`).
final class MustacheStepLimitTests: XCTestCase {
    let context: TemplateValue = ["items": [["title": "一"], ["title": "二"]]]

    private func render(_ source: String, limit: Int) throws(DiagnosticList) -> String {
        let template = try! MustacheTemplate.parse(source, path: "layouts/list.mustache")
        return try template.render(context, partials: [:], strict: true, stepLimit: limit)
    }

    func testTheLimit() {
        XCTAssertEqual(MustacheRenderer.maximumSteps, 50_000_000)
    }

    /// 24 sections over two items would be 2^24 repetitions; the limit stops
    /// it at the innermost section repeating.
    func testListsInsideTheSameListStopAtTheLimit() {
        let source = String(repeating: "{{#items}}", count: 24) + "{{title}}" + String(repeating: "{{/items}}", count: 24)
        do {
            _ = try render(source, limit: 10_000)
            XCTFail("rendered 2^24 repetitions")
        } catch {
            XCTAssertEqual(error.items.map(\.id), ["CS4107"])
            let location = error.items[0].location
            XCTAssertEqual(location.file, "layouts/list.mustache")
            XCTAssertEqual(location.line, 1)
            // Some section of the 24: they are all the same mistake.
            XCTAssertTrue((0..<24).map { 1 + 10 * $0 }.contains(location.column), "\(location)")
            XCTAssertEqual(error.items[0].message, "rendering this page took more than 10000 steps, so it was stopped")
        }
    }

    func testAPageWithinTheLimitRenders() throws {
        let source = "{{#items}}<li>{{title}}</li>{{/items}}"
        // Two items, three nodes each, plus the section: well under 20 steps.
        XCTAssertEqual(try render(source, limit: 20), "<li>一</li><li>二</li>")
        XCTAssertThrowsError(try render(source, limit: 5))
    }

    /// Without a list repeating, the last tag stepped is the place.
    func testWithoutAListTheLastTagIsThePlace() {
        let source = "a\n" + String(repeating: "{{items.0.title}}", count: 50)
        do {
            _ = try render(source, limit: 10)
            XCTFail("rendered past the limit")
        } catch {
            XCTAssertEqual(error.items.first?.location.line, 2)
        }
    }
}
