import XCTest
@testable import CivicSite

/// Block mappings and sequences, nesting by indentation, empty values.
final class FrontMatterBlockTests: XCTestCase {
    func testSimpleMapping() {
        XCTAssertEqual(FrontMatterCheck.value("title: 子ども食堂ネット\nfield: 子どもの健全育成\n"),
                       #"{title: "子ども食堂ネット", field: "子どもの健全育成"}"#)
    }

    func testEmptyTextIsAnEmptyMapping() {
        XCTAssertEqual(FrontMatterCheck.value(""), "{}")
        XCTAssertEqual(FrontMatterCheck.value("\n  \n# only a comment\n"), "{}")
        let node = FrontMatterParser.parse("", file: "a.yml", firstLine: 2).node
        XCTAssertEqual(node?.location, SourceLocation(file: "a.yml", line: 2, column: 1))
        XCTAssertEqual(node?.style, .block)
    }

    func testEmptyValuesAreNull() {
        XCTAssertEqual(FrontMatterCheck.value("a:\nb: # note\nc:"), "{a: null, b: null, c: null}")
    }

    func testNestedMapping() {
        XCTAssertEqual(FrontMatterCheck.value("contact:\n  name: 山田\n  tel: 03-1234-5678\nnext: 1\n"),
                       #"{contact: {name: "山田", tel: "03-1234-5678"}, next: 1}"#)
    }

    func testSequenceIndentedUnderKey() {
        XCTAssertEqual(FrontMatterCheck.value("tags:\n  - 環境\n  - まちづくり\n"), #"{tags: ["環境", "まちづくり"]}"#)
    }

    func testSequenceAtTheSameIndentationAsItsKey() {
        XCTAssertEqual(FrontMatterCheck.value("tags:\n- a\n- b\nnext: x\n"), #"{tags: ["a", "b"], next: "x"}"#)
        XCTAssertEqual(FrontMatterCheck.value("outer:\n  tags:\n  - a\n  k: 1\n"), #"{outer: {tags: ["a"], k: 1}}"#)
    }

    func testMappingsInASequence() {
        let text = """
        links:
          - name: 公式サイト
            url: https://example.jp/#top
          - name: SNS
            url: https://example.jp/sns
        """
        XCTAssertEqual(FrontMatterCheck.value(text),
                       #"{links: [{name: "公式サイト", url: "https://example.jp/#top"}, {name: "SNS", url: "https://example.jp/sns"}]}"#)
    }

    func testNestedCompactSequencesAndEmptyItems() {
        XCTAssertEqual(FrontMatterCheck.value("m:\n- - a\n  - b\n- \n-\n- c\n"), #"{m: [["a", "b"], null, null, "c"]}"#)
    }

    func testItemOnTheNextLine() {
        XCTAssertEqual(FrontMatterCheck.value("a:\n-\n  x: 1\n  y: 2\n- \n  - z\n"), #"{a: [{x: 1, y: 2}, ["z"]]}"#)
    }

    func testValueOnTheNextLine() {
        XCTAssertEqual(FrontMatterCheck.value("a:\n  just text\n  over lines\nb: 2"), #"{a: "just text over lines", b: 2}"#)
    }

    func testCommentsAndBlankLinesAnywhere() {
        let text = "# top\na: 1 # trailing\n\n  # indented comment\nb:\n  # inside\n  - x # item\n\n  - y\n"
        XCTAssertEqual(FrontMatterCheck.value(text), #"{a: 1, b: ["x", "y"]}"#)
    }

    func testQuotedKeysAndJapaneseKeys() {
        XCTAssertEqual(FrontMatterCheck.value("\"a b\": 1\n'c''d': 2\n団体名: 市民の会\n"), #"{a b: 1, c'd: 2, 団体名: "市民の会"}"#)
    }

    func testKeysKeepTheirText() {
        XCTAssertEqual(FrontMatterCheck.value("1: a\ntrue: b\nnull: c\n"), #"{1: "a", true: "b", null: "c"}"#)
    }

    func testIndentedTopLevel() {
        XCTAssertEqual(FrontMatterCheck.value("  a: 1\n  b: 2\n"), "{a: 1, b: 2}")
    }

    func testDeepNesting() {
        XCTAssertEqual(FrontMatterCheck.value("a:\n  b:\n    c:\n      - d:\n          e: 1\n"), "{a: {b: {c: [{d: {e: 1}}]}}}")
    }

    func testLocationsAndStyles() throws {
        let result = FrontMatterParser.parse("title: 会\ntags:\n  - x\n", file: "g.md", firstLine: 2)
        let node = try XCTUnwrap(result.node)
        XCTAssertEqual(node.location.description, "g.md:2:1")
        XCTAssertEqual(node["title"]?.keyLocation.description, "g.md:2:1")
        XCTAssertEqual(node["title"]?.value.location.description, "g.md:2:8")
        let tags = try XCTUnwrap(node["tags"]?.value)
        XCTAssertEqual(tags.style, .block)
        XCTAssertEqual(tags.location.description, "g.md:4:3")
        XCTAssertEqual(tags.items?.first?.location.description, "g.md:4:5")
    }

    func testNullValueLocationIsAfterTheColon() {
        let entry = FrontMatterCheck.entry("abc:\n", "abc")
        XCTAssertEqual(entry?.value.location.description, "content/groups/a.md:1:5")
        XCTAssertEqual(entry?.value.value, .null)
    }
}
