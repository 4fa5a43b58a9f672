import XCTest
@testable import CivicSite

/// After a syntax error the parser still returns every top-level entry it
/// could read, with its locations, so the next stage can check the others
/// in the same run.
final class FrontMatterPartialNodeTests: XCTestCase {
    let path = "content/groups/a.md"

    func testTheEntriesAroundBrokenOnesAreKept() throws {
        let text = """
        title: さくら子ども食堂
        kana: "さくらこどもしょくどう
        area: 本町地区
        tags: [防災, 子育て
        members: 30
        contact:
          email: info@example.jp
          phone: &p 000
        summary: 毎月第2土曜日に開いています。
        """
        let result = FrontMatterParser.parse(text + "\n", file: path, firstLine: 2)
        XCTAssertEqual(result.diagnostics.map(\.id), ["CS1170", "CS1180", "CS1190"])
        let node = try XCTUnwrap(result.node)
        XCTAssertEqual(node.entries?.map(\.key), ["title", "area", "members", "summary"])
        XCTAssertEqual(node["area"]?.keyLocation.description, "\(path):4:1")
        XCTAssertEqual(node["area"]?.value.value, .string("本町地区"))
        XCTAssertEqual(node["members"]?.value.value, .int(30))
        XCTAssertEqual(node["members"]?.value.location.description, "\(path):6:10")
        XCTAssertEqual(node["summary"]?.keyLocation.line, 10)
    }

    func testAContentFileKeepsItsEntriesToo() throws {
        let document = try FrontMatterDocument.split("---\ntitle: さくら\narea:本町地区\nmembers: 30\n---\n本文\n", path: path).get()
        let parsed = document.parseFrontMatter(path: path)
        XCTAssertEqual(parsed.diagnostics.map(\.id), ["CS1131"])
        XCTAssertEqual(parsed.node?.entries?.map(\.key), ["title", "members"])
        XCTAssertEqual(parsed.node?["members"]?.keyLocation.description, "\(path):4:1")
    }

    func testAWrongCloserKeepsTheEntriesBeforeIt() throws {
        let document = try FrontMatterDocument.split("---\ntitle: さくら\nーーー\n本文\n\n---\n\n続き\n", path: path).get()
        let parsed = document.parseFrontMatter(path: path)
        XCTAssertEqual(parsed.diagnostics.map(\.id), ["CS1105"])
        XCTAssertEqual(parsed.node?.entries?.map(\.key), ["title"])
    }

    func testAListAtTheTopGivesAnEmptyMapping() {
        let result = FrontMatterParser.parse("- 防災\n- 子育て\n", file: path)
        XCTAssertEqual(result.diagnostics.map(\.id), ["CS1129"])
        XCTAssertEqual(result.node?.entries?.count, 0)
    }

    func testACharacterProblemKeepsItsEntryAndIsReportedOnce() {
        // The control character is reported; its value is still read, so
        // the next stage can check the key (the build fails anyway).
        let result = FrontMatterParser.parse("area: 本町\u{7}地区\nmembers: 30\n", file: path)
        XCTAssertEqual(result.diagnostics.map(\.id), ["CS1195"])
        XCTAssertEqual(result.node?.entries?.map(\.key), ["area", "members"])
        // A byte order mark after `key:` breaks the key line as well; one report.
        let bom = FrontMatterParser.parse("area:\u{FEFF}本町地区\nmembers: 30\n", file: path)
        XCTAssertEqual(bom.diagnostics.map(\.description), [
            "\(path):1:6: error: a byte order mark (U+FEFF) in the middle of the file\n    hint: delete it by retyping the characters around it; it is often left when files are joined",
        ])
        XCTAssertEqual(bom.node?.entries?.map(\.key), ["members"])
    }

    func testKindsOfValueAreNamedInBothLanguages() {
        let node = FrontMatterParser.parse("a: [1]\nb: 1.5\nc:\n  d: x\n", file: path).node
        XCTAssertEqual(node?["a"]?.value.kindTerm, Term.kindList)
        XCTAssertEqual(node?["a"]?.value.kindDescription, "a list")
        XCTAssertEqual(node?["b"]?.value.kindTerm.ja, "小数")
        XCTAssertEqual(node?["c"]?.value.kindTerm.ja, "字下げした「キー: 値」の行")
        XCTAssertEqual(node?["c"]?.value.kindDescription, "a mapping")
    }
}
