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
        XCTAssertThrowsError(try render("{{x.name}}", .object(["x": .items(TemplateItems([1]) { .int($0) })])))
    }
}
