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
        let text = #"a: "\x41\u3042\U0001F600\n\t\\\"\/\0\_\N\L\P\e\a\b\f\v\r\ "# + "\\\t\""
        XCTAssertEqual(FrontMatterCheck.value(text),
                       #"{a: "Aあ😀\n\t\\\"/\u{0}\u{a0}\u{85}\u{2028}\u{2029}\u{1b}\u{7}\u{8}\u{c}\u{b}\u{d} \t"}"#)
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
