import XCTest
@testable import CivicSite

/// Single- and double-quoted scalars: escapes, folding, `raw`.
final class FrontMatterQuotedScalarTests: XCTestCase {
    func testSingleQuotedDoublesItsQuote() {
        XCTAssertEqual(FrontMatterCheck.value("a: 'it''s # not a comment'\nb: ''\n"), #"{a: "it's # not a comment", b: ""}"#)
    }

    func testQuotedValuesAreAlwaysStrings() {
        XCTAssertEqual(FrontMatterCheck.value("a: '1'\nb: \"true\"\nc: 'null'\nd: \"\"\n"), #"{a: "1", b: "true", c: "null", d: ""}"#)
    }

    func testDoubleQuotedEscapes() {
        let text = #"a: "\x41\u3042\U0001F600\n\t\\\"\/\_\L\P\r\ "# + "\\\t\""
        XCTAssertEqual(FrontMatterCheck.value(text),
                       #"{a: "Aあ😀\n\t\\\"/\u{a0}\u{2028}\u{2029}\u{d} \t"}"#)
    }

    func testEscapesOfControlCharactersAreRefused() {
        // YAML allows them, but no page, feed or calendar can show them
        // (XML forbids most), as typed control characters are refused too.
        for escape in [#"\0"#, #"\a"#, #"\b"#, #"\e"#, #"\f"#, #"\v"#, #"\N"#, #"\x01"#, #"\u007F"#] {
            let errors = FrontMatterCheck.errors("a: \"x\(escape)y\"\n")
            XCTAssertEqual(errors.count, 1, escape)
            XCTAssertTrue(errors.first?.hasPrefix("content/groups/a.md:1:6: error: escape '\(escape)' gives a control character (U+") == true,
                          "\(errors)")
        }
        XCTAssertEqual(FrontMatterCheck.errors(#"a: "\x01""#), [
            "content/groups/a.md:1:5: error: escape '\\x01' gives a control character (U+0001)\n    hint: remove it: pages, feeds and calendars cannot show control characters",
        ])
    }

    func testLineFoldingInsideQuotes() {
        XCTAssertEqual(FrontMatterCheck.value("a: 'x  \n   y'\nb: \"p\n\n  q\"\n"), #"{a: "x y", b: "p\nq"}"#)
    }

    func testEscapedLineBreakJoinsWithoutSpace() {
        XCTAssertEqual(FrontMatterCheck.value("a: \"x \\\n  y\"\nb: \"x\\\n\n  y\"\n"), #"{a: "x y", b: "x\ny"}"#)
    }

    func testEscapedWhiteSpaceSurvivesFolding() {
        XCTAssertEqual(FrontMatterCheck.value("a: \"or \\t\\\n \\ \\tnon\"\n"), #"{a: "or \t \tnon"}"#)
        XCTAssertEqual(FrontMatterCheck.value("a: \"a  \\t  \n  b\"\n"), #"{a: "a  \t b"}"#)
    }

    func testRawIsTheTextBetweenTheQuotes() throws {
        let node = try XCTUnwrap(FrontMatterCheck.entry(#"a: "x\ty""#, "a")?.value)
        XCTAssertEqual(node.raw, #"x\ty"#)
        XCTAssertEqual(node.style, .doubleQuoted)
        XCTAssertEqual(node.location.column, 4)
        XCTAssertEqual(FrontMatterCheck.entry("a: 'q'", "a")?.value.style, .singleQuoted)
    }

    func testJapaneseInQuotes() {
        XCTAssertEqual(FrontMatterCheck.value("title: 「講座：入門編」\nsub: \"講座: 入門編\"\n'団体': '市民''会'\n"),
                       #"{title: "「講座：入門編」", sub: "講座: 入門編", 団体: "市民'会"}"#)
    }
}
