import XCTest
@testable import CivicSite

/// Flow sequences `[ ]` and flow mappings `{ }`.
final class FrontMatterFlowTests: XCTestCase {
    func testFlowSequence() {
        XCTAssertEqual(FrontMatterCheck.value("tags: [環境, まちづくり, 2024]\n"), #"{tags: ["環境", "まちづくり", 2024]}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: []\nb: {}\nc: [ ]\n"), "{a: [], b: {}, c: []}")
    }

    func testNestedFlowCollections() {
        XCTAssertEqual(FrontMatterCheck.value("a: [a, [b, c], {d: e}]\nb: {x: [1, 2], y: {z: null}}\n"),
                       #"{a: ["a", ["b", "c"], {d: "e"}], b: {x: [1, 2], y: {z: null}}}"#)
    }

    func testPlainScalarsStopAtFlowIndicators() {
        XCTAssertEqual(FrontMatterCheck.value("a: [a b, c]\nb: {url: https://x.jp/#f, k: a:b}\n"),
                       #"{a: ["a b", "c"], b: {url: "https://x.jp/#f", k: "a:b"}}"#)
    }

    func testQuotedItemsMayHoldCommas() {
        XCTAssertEqual(FrontMatterCheck.value("a: [ 'x, y', \"z]\" ]\n"), #"{a: ["x, y", "z]"]}"#)
    }

    func testTrailingCommaAndKeysWithoutValues() {
        XCTAssertEqual(FrontMatterCheck.value("a: [a, b, ]\nb: {x, y: 1, }\nc: {k: }\n"),
                       #"{a: ["a", "b"], b: {x: null, y: 1}, c: {k: null}}"#)
    }

    func testColonAfterPlainKeyNeedsASpaceButNotAfterAQuotedOne() {
        XCTAssertEqual(FrontMatterCheck.value("a: {a:1}\nb: {\"a\":1}\n"), #"{a: {a:1: null}, b: {a: 1}}"#)
    }

    func testSpanningLines() {
        XCTAssertEqual(FrontMatterCheck.value("a: [1,\n  2, # two\n\n  3]\nb: {x: 1,\n  y: 2}\n"), "{a: [1, 2, 3], b: {x: 1, y: 2}}")
        XCTAssertEqual(FrontMatterCheck.value("a: [\n  x,\n  y\n]\nb: 1\n"), #"{a: ["x", "y"], b: 1}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: [long\n  text, b]\n"), #"{a: ["long text", "b"]}"#)
    }

    func testFlowInBlockSequence() {
        XCTAssertEqual(FrontMatterCheck.value("a:\n  - [1, 2]\n  - {k: v}\n"), #"{a: [[1, 2], {k: "v"}]}"#)
    }

    func testStyleAndLocation() throws {
        let node = try XCTUnwrap(FrontMatterCheck.entry("団体: {名前: 会}\n", "団体")?.value)
        XCTAssertEqual(node.style, .flow)
        XCTAssertEqual(node.location.column, 5)
        XCTAssertEqual(node.entries?.first?.keyLocation.column, 6)
        XCTAssertEqual(node.entries?.first?.value.location.column, 10)
    }
}
