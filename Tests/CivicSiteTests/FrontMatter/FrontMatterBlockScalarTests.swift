import XCTest
@testable import CivicSite

/// Literal and folded block scalars, chomping and indentation indicators.
final class FrontMatterBlockScalarTests: XCTestCase {
    func testLiteralKeepsLineBreaksAndExtraIndentation() {
        XCTAssertEqual(FrontMatterCheck.value("a: |\n  literal\n   more\n\n  end\nb: 1\n"), #"{a: "literal\n more\n\nend\n", b: 1}"#)
    }

    func testChomping() {
        XCTAssertEqual(FrontMatterCheck.value("a: |-\n  x\n\n"), #"{a: "x"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: |\n  x\n\n"), #"{a: "x\n"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: |+\n  x\n\n"), #"{a: "x\n\n"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: >+\n  x\n\n\n"), #"{a: "x\n\n\n"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: |+\n\n"), #"{a: "\n"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: >-\n\n"), #"{a: ""}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: |\n"), #"{a: ""}"#)
    }

    /// The end of the text ends the last line as a line break would, as
    /// the YAML test suite reads it (L24T, JEF9).
    func testTheEndOfTheTextEndsTheLastLine() {
        XCTAssertEqual(FrontMatterCheck.value("a: |\n  x"), #"{a: "x\n"}"#)
        XCTAssertEqual(FrontMatterCheck.value("foo: |\n  x\n   "), #"{foo: "x\n \n"}"#)
        XCTAssertEqual(FrontMatterCheck.value("foo: |\n  x\n   \n"), #"{foo: "x\n \n"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: |+\n   "), #"{a: "\n"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: >-\n  x\n  y"), #"{a: "x y"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: |+\n  x\n\n  "), #"{a: "x\n\n\n"}"#)
    }

    /// A tab where the indentation of the text would be is refused even on
    /// an otherwise blank line (YAML test suite Y79Y/000); after the
    /// indentation it is text (Y79Y/001).
    func testATabInTheIndentationOfABlockScalar() {
        XCTAssertEqual(FrontMatterCheck.errors("foo: |\n\t\nbar: 1\n"), [
            "content/groups/a.md:2:1: error: tab character in indentation\n    hint: indent with spaces; tabs are not allowed in front matter",
        ])
        XCTAssertEqual(FrontMatterCheck.errors("foo: |\n  x\n\t\nbar: 1\n").first?.hasPrefix("content/groups/a.md:3:1: error: tab character"), true)
        XCTAssertEqual(FrontMatterCheck.value("foo: |\n \t\nbar: 1\n"), #"{foo: "\t\n", bar: 1}"#)
        XCTAssertEqual(FrontMatterCheck.value("foo: |\n  x\n  \ty\n"), #"{foo: "x\n\ty\n"}"#)
    }

    func testFoldedJoinsOrdinaryLinesAndKeepsMoreIndentedOnes() {
        XCTAssertEqual(FrontMatterCheck.value("a: >\n  one\n  two\n\n  three\n    more\n  four\n"),
                       #"{a: "one two\nthree\n  more\nfour\n"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: >\n\n  a\n  b\n\n   c\n  d\n"), #"{a: "\na b\n\n c\nd\n"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: >\n  x\n\n  \ty\n  z\n"), #"{a: "x\n\n\ty\nz\n"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: >-\n  a\n  b\n\n  c\n"), #"{a: "a b\nc"}"#)
    }

    func testExplicitIndentationIndicator() {
        XCTAssertEqual(FrontMatterCheck.value("a: |1\n  x\n"), #"{a: " x\n"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: |2-\n   x\n  y\n"), #"{a: " x\ny"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: >-2\n    x\n  y\n"), #"{a: "  x\ny"}"#)
    }

    func testHashInsideIsText() {
        XCTAssertEqual(FrontMatterCheck.value("a: | # header comment\n  # not comment\n  x\n# comment\nb: 1"),
                       ##"{a: "# not comment\nx\n", b: 1}"##)
    }

    func testBlankLinesWithExtraSpacesAreContent() {
        XCTAssertEqual(FrontMatterCheck.value("a: |\n  x\n    \n"), #"{a: "x\n  \n"}"#)
    }

    func testInSequencesAndNestedMappings() {
        XCTAssertEqual(FrontMatterCheck.value("a:\n  - |\n    one\n    two\n  - b: >\n      x\n      y\n    c: 1\n"),
                       #"{a: ["one\ntwo\n", {b: "x y\n", c: 1}]}"#)
    }

    func testJapaneseText() throws {
        let node = try XCTUnwrap(FrontMatterCheck.entry("概要: |\n  地域の子どもたちに\n  食事を届けます。\n", "概要")?.value)
        XCTAssertEqual(node.value, .string("地域の子どもたちに\n食事を届けます。\n"))
        XCTAssertEqual(node.style, .literal)
        XCTAssertEqual(node.location.column, 5)
        XCTAssertEqual(FrontMatterCheck.entry("a: >\n  x\n", "a")?.value.style, .folded)
    }
}
