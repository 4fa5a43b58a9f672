import XCTest
@testable import CivicSite

/// Lists made an item at a time render exactly as lists held whole.
final class TemplateItemsTests: XCTestCase {
    func render(_ template: String, _ data: TemplateValue) throws -> String {
        try MustacheTemplate.parse(template, path: "t.mustache").render(data, strict: true)
    }

    func testAMadeListRendersAsTheSameListHeld() throws {
        let numbers = [3, 1, 2]
        let template = "<ul>{{#list.items}}<li>{{n}}{{#big}}!{{/big}}</li>{{/list.items}}</ul>{{^list}}none{{/list}} {{list.count}}"
        let made = TemplateValue.object(["list": .list(numbers) { .object(["n": .int($0), "big": .bool($0 > 2)]) }])
        let held = TemplateValue.object(["list": .list(numbers.map { .object(["n": .int($0), "big": .bool($0 > 2)]) })])
        XCTAssertEqual(try render(template, made), "<ul><li>3!</li><li>1</li><li>2</li></ul> 3")
        XCTAssertEqual(try render(template, made), try render(template, held))
        XCTAssertEqual(made, held)
    }

    func testEachItemIsMadeWhenTheSectionReachesItAndMadeAgainForASecondPass() throws {
        final class Counter: @unchecked Sendable { var made = 0 }
        let counter = Counter()
        let items = TemplateValue.items(TemplateItems(["a", "b"]) { counter.made += 1; return .string($0) })
        XCTAssertEqual(counter.made, 0, "nothing is made before rendering")
        XCTAssertEqual(try render("{{#x}}{{.}}{{/x}}|{{#x}}{{.}}{{/x}}", .object(["x": items])), "ab|ab")
        XCTAssertEqual(counter.made, 4)
    }

    func testAnEmptyMadeListIsFalsyAndAListIsNotAnObject() throws {
        let empty = TemplateValue.items(TemplateItems([Int]()) { .int($0) })
        XCTAssertFalse(empty.isTruthy)
        XCTAssertEqual(try render("{{^x}}none{{/x}}", .object(["x": empty])), "none")
        XCTAssertEqual(TemplateValue.list([Int]()) { .int($0) }, .null)
        XCTAssertEqual(empty.listItems, [])
        XCTAssertThrowsError(try render("{{x.name}}", .object(["x": .items(TemplateItems([1]) { .int($0) })]))) { error in
            XCTAssertEqual((error as? DiagnosticList)?.items.map(\.id), ["CS4101"], "a list has no keys")
        }
    }

    func testAListPrintedWholeShowsItsItemsAsTheSameListHeld() throws {
        // One key per object: a dictionary prints its keys in no fixed order.
        let made = TemplateValue.object(["rows": .array([.object(["items": .items(TemplateItems(["a", "b"]) { .string($0) })])])])
        let held = TemplateValue.object(["rows": .array([.object(["items": .array(["a", "b"])])])])
        XCTAssertEqual(try render("{{rows}}", made), try render("{{rows}}", held))
        XCTAssertFalse(try render("{{rows}}", made).contains("TemplateItems"))
    }

    /// Making an item counts toward the step limit: a section over a made
    /// list inside a section over the same list rebuilds every item on
    /// each pass, and the limit must stop that as soon as it would stop
    /// the same list held.
    func testMakingAnItemCountsTowardTheStepLimit() throws {
        let template = try MustacheTemplate.parse("{{#x}}{{.}}{{/x}}", path: "t.mustache")
        let numbers = Array(0..<10)
        let held = TemplateValue.object(["x": .array(numbers.map { .int($0) })])
        let made = TemplateValue.object(["x": .items(TemplateItems(numbers) { .int($0) })])
        let limit = 40
        XCTAssertEqual(try template.render(held, partials: [:], strict: true, stepLimit: limit), "0123456789")
        XCTAssertThrowsError(try template.render(made, partials: [:], strict: true, stepLimit: limit)) { error in
            XCTAssertEqual((error as? DiagnosticList)?.items.map(\.id), ["CS4107"])
        }
        let enough = limit + numbers.count * MustacheListItems.madeItemSteps
        XCTAssertEqual(try template.render(made, partials: [:], strict: true, stepLimit: enough), "0123456789")
    }
}
