import XCTest
@testable import CivicSite

/// Malformed front matter: exact messages and locations.
final class FrontMatterSyntaxErrorTests: XCTestCase {
    let path = "content/groups/a.md"

    func testTabInIndentation() {
        XCTAssertEqual(FrontMatterCheck.error("a:\n\tb: 1\n", firstLine: 2),
                       "\(path):3:1: error: tab character in indentation\n    hint: indent with spaces; tabs are not allowed in front matter")
        XCTAssertEqual(FrontMatterCheck.error("a:\n  \t- x\n"),
                       "\(path):2:3: error: tab character in indentation\n    hint: indent with spaces; tabs are not allowed in front matter")
        XCTAssertEqual(FrontMatterCheck.error("a:\n  -\tx\n"),
                       "\(path):2:4: error: tab character in indentation\n    hint: indent with spaces; tabs are not allowed in front matter")
        XCTAssertEqual(FrontMatterCheck.error("a: [1,\n\t2]\n"),
                       "\(path):2:1: error: tab character in indentation\n    hint: indent with spaces; tabs are not allowed in front matter")
        XCTAssertEqual(FrontMatterCheck.error("a: \"x\n\ty\"\n"),
                       "\(path):2:1: error: tab character in indentation\n    hint: indent with spaces; tabs are not allowed in front matter")
        // After the indentation, tabs are white space like any other.
        XCTAssertEqual(FrontMatterCheck.value("a: [1,\n \t2]\nb: \"x\n \ty\"\n"), #"{a: [1, 2], b: "x y"}"#)
        // A tab separating a value from its key, or inside a value, is fine.
        XCTAssertEqual(FrontMatterCheck.value("a:\tx\tb\n"), #"{a: "x\tb"}"#)
    }

    func testDuplicateKeys() {
        XCTAssertEqual(FrontMatterCheck.errors("title: a\nfield: b\ntitle: c\n", firstLine: 2), [
            "\(path):4:1: error: duplicate key 'title'\n    hint: 'title' is already set on line 2",
        ])
        XCTAssertEqual(FrontMatterCheck.errors("a:\n  名前: x\n  名前: y\n"), [
            "\(path):3:3: error: duplicate key '名前'\n    hint: '名前' is already set on line 2",
        ])
        XCTAssertEqual(FrontMatterCheck.errors("a: {x: 1,\n  x: 2}\n"), [
            "\(path):2:3: error: duplicate key 'x'\n    hint: 'x' is already set on line 1",
        ])
        XCTAssertEqual(FrontMatterCheck.errors("\"a\": 1\na: 2\n"), [
            "\(path):2:1: error: duplicate key 'a'\n    hint: 'a' is already set on line 1",
        ])
    }

    func testBadIndentation() {
        XCTAssertEqual(FrontMatterCheck.error("a:\n    b: 1\n  c: 2\n"),
                       "\(path):3:3: error: bad indentation: this line is indented 2 spaces, the keys above 0\n    hint: start every top-level key in the same column")
        XCTAssertEqual(FrontMatterCheck.error("x:\n  a: 1\n   b: 2\n"),
                       "\(path):3:4: error: bad indentation of key 'b'\n    hint: keys of one mapping start in the same column; to nest 'b', leave the value on line 2 empty")
        XCTAssertEqual(FrontMatterCheck.error("x:\n  a:\n    - 1\n   b: 2\n"),
                       "\(path):4:4: error: bad indentation: this line is indented 3 spaces, the keys above 2\n    hint: keys of one mapping start in the same column; to nest a mapping, leave the value of the key above empty")
        XCTAssertEqual(FrontMatterCheck.error("a:\n  - [x]\n    - y\n"),
                       "\(path):3:5: error: bad indentation: this line is indented 4 spaces, the '-' above 2\n    hint: start every '- ' item of a list in the same column")
        XCTAssertEqual(FrontMatterCheck.error("a: 1\n  b: 2\n"),
                       "\(path):2:3: error: bad indentation of key 'b'\n    hint: keys of one mapping start in the same column; to nest 'b', leave the value on line 1 empty")
        XCTAssertEqual(FrontMatterCheck.error("a: [1]\n b: 2\n"),
                       "\(path):2:2: error: bad indentation: this line is indented 1 space, the keys above 0\n    hint: start every top-level key in the same column")
    }

    func testUnterminatedQuotesAreReportedAtTheOpeningQuote() {
        XCTAssertEqual(FrontMatterCheck.errors("団体名: \"市民の会\nfield: x\n", firstLine: 2), [
            "\(path):2:6: error: unterminated double-quoted string\n    hint: add the closing \"; if the text goes on over several lines, indent them more than the key",
        ])
        XCTAssertEqual(FrontMatterCheck.error("a: 'it''s\n"),
                       "\(path):1:4: error: unterminated single-quoted string\n    hint: add the closing '; if the text goes on over several lines, indent them more than the key")
        XCTAssertEqual(FrontMatterCheck.error("a: \"x\\"),
                       "\(path):1:4: error: unterminated double-quoted string\n    hint: add the closing \"; if the text goes on over several lines, indent them more than the key")
    }

    func testUnclosedFlowCollections() {
        XCTAssertEqual(FrontMatterCheck.errors("tags: [a, b\ntitle: x\n"), [
            "\(path):1:7: error: unclosed flow sequence '['\n    hint: add the closing ']'; if the list goes on over several lines, indent them more than the key",
        ])
        XCTAssertEqual(FrontMatterCheck.error("a: {x: [1, 2]"),
                       "\(path):1:4: error: unclosed flow mapping '{'\n    hint: add the closing '}'; if the mapping goes on over several lines, indent them more than the key")
    }

    func testKeyWithoutColon() {
        XCTAssertEqual(FrontMatterCheck.error("title: a\n市民の会 について\n"),
                       "\(path):2:1: error: missing ':' after '市民の会 について'\n    hint: write 'key: value', or indent the line if it continues the value above")
        XCTAssertEqual(FrontMatterCheck.error("\"quoted\" x\n"),
                       "\(path):1:1: error: missing ':' after key 'quoted'\n    hint: write the key, ':', a space and the value")
        XCTAssertEqual(FrontMatterCheck.error(": x\n"),
                       "\(path):1:1: error: missing key before ':'\n    hint: write the key name before ':'")
        XCTAssertEqual(FrontMatterCheck.error("[a]: x\n"),
                       "\(path):1:1: error: a key cannot start with '['\n    hint: write 'key: value', and put a key with unusual characters in quotes")
    }

    func testKeysSpanningLines() {
        XCTAssertEqual(FrontMatterCheck.error("\"long\n  key\": x\n"),
                       "\(path):1:1: error: a quoted key must be on a single line\n    hint: close the quote before the end of the line")
        XCTAssertEqual(FrontMatterCheck.error("a: \"x\n  y\": z\n"),
                       "\(path):1:4: error: a key must be on a single line\n    hint: join the key's lines, or put the key in quotes on one line")
    }

    func testCharactersThatCannotStartAValue() {
        XCTAssertEqual(FrontMatterCheck.error("a: ]\n"),
                       "\(path):1:4: error: unexpected ']'\n    hint: put the value in quotes if ']' is part of the text")
        XCTAssertEqual(FrontMatterCheck.error("a: [x,#y]\n"),
                       "\(path):1:7: error: unexpected '#'\n    hint: put the value in quotes if '#' is part of the text")
    }

    func testColonSpaceInsideAPlainValue() {
        XCTAssertEqual(FrontMatterCheck.error("title: 講座: 入門編\n"),
                       "\(path):1:10: error: a value cannot contain ': ' unless it is quoted\n    hint: put the whole value in quotes: \"講座: 入門編\"")
        XCTAssertEqual(FrontMatterCheck.error("title: 「\"会\"」: 案内\n"),
                       "\(path):1:13: error: a value cannot contain ': ' unless it is quoted\n    hint: put the whole value in quotes: '「\"会\"」: 案内'")
    }

    func testControlCharactersAreNamed() {
        XCTAssertEqual(FrontMatterCheck.errors("a: x\u{7}y\u{7}\nb: \u{7F}\nc: \"\\t is fine\"\n"), [
            "\(path):1:5: error: control character U+0007 is not allowed\n    hint: delete it; it is invisible in most editors",
            "\(path):2:4: error: control character U+007F is not allowed\n    hint: delete it; it is invisible in most editors",
        ])
    }

    func testALongValueIsNotRepeatedInTheHint() {
        let value = String(repeating: "子ども食堂を開いています。", count: 5)
        XCTAssertEqual(FrontMatterCheck.error("summary: \(value): 毎月\n").components(separatedBy: "\n").last,
                       "    hint: put the whole value in quotes, from its first character to its last")
    }

    func testColonAtTheEndOfAPlainValue() {
        XCTAssertEqual(FrontMatterCheck.error("title: お知らせ:\n"),
                       "\(path):1:12: error: a value cannot end with ':' unless it is quoted\n    hint: put the whole value in quotes: \"お知らせ:\"")
    }

    func testListOnTheKeyLine() {
        XCTAssertEqual(FrontMatterCheck.error("tags: - a\n"),
                       "\(path):1:7: error: a list cannot start on the same line as its key\n    hint: put each '- item' on its own line below the key, or write [a, b]")
        XCTAssertEqual(FrontMatterCheck.errors("- a\n- b\n"), [
            "\(path):1:1: error: front matter must be 'key: value' lines, not a list\n    hint: put the list under a key: 'items:' on one line, then the '- item' lines",
        ])
        XCTAssertEqual(FrontMatterCheck.error("a: 1\n- b\n"),
                       "\(path):2:1: error: a list item where a 'key: value' line was expected\n    hint: put the list under a key: 'key:' on one line, then the '- item' lines")
    }

    func testTextAfterAValue() {
        XCTAssertEqual(FrontMatterCheck.error("a: \"x\" y\n"),
                       "\(path):1:8: error: unexpected text 'y' after the value\n    hint: only a comment ('# …') may follow a value on its line; to keep the text, put the whole value in quotes")
        XCTAssertEqual(FrontMatterCheck.error("a: [x]]\n"),
                       "\(path):1:7: error: unexpected text ']' after the value\n    hint: only a comment ('# …') may follow a value on its line; to keep the text, put the whole value in quotes")
        XCTAssertEqual(FrontMatterCheck.error("a: 'x'#c\n"),
                       "\(path):1:7: error: unexpected text '#c' after the value\n    hint: only a comment ('# …') may follow a value on its line; to keep the text, put the whole value in quotes")
    }

    func testBadEscapes() {
        XCTAssertEqual(FrontMatterCheck.error(#"a: "C:\Users""#),
                       "\(path):1:7: error: invalid escape '\\Us': expected 8 hex digits\n    hint: write \\U followed by exactly 8 hex digits (0-9, A-F), or '\\\\' for a backslash")
        XCTAssertEqual(FrontMatterCheck.error(#"a: "\q""#),
                       "\(path):1:5: error: unknown escape '\\q' in a double-quoted string\n    hint: write '\\\\' for a backslash, or use single quotes, where '\\' has no special meaning")
        XCTAssertEqual(FrontMatterCheck.error(#"a: "\x4G""#),
                       "\(path):1:5: error: invalid escape '\\x4G': expected 2 hex digits\n    hint: write \\x followed by exactly 2 hex digits (0-9, A-F), or '\\\\' for a backslash")
        XCTAssertEqual(FrontMatterCheck.error(#"a: "\uD800""#),
                       "\(path):1:5: error: invalid escape '\\uD800': not a Unicode character\n    hint: use a code point outside D800-DFFF and at most 10FFFF")
    }

    func testBlockScalarHeaders() {
        XCTAssertEqual(FrontMatterCheck.error("a: |x\n  y\n"),
                       "\(path):1:5: error: unexpected 'x' after '|'\n    hint: the text of a block scalar starts on the next line; only '-', '+' or a digit 1-9 may follow '|'")
        XCTAssertEqual(FrontMatterCheck.error("a: >0\n  y\n"),
                       "\(path):1:5: error: unexpected '0' after '>'\n    hint: the indentation indicator is a digit from 1 to 9")
        XCTAssertEqual(FrontMatterCheck.error("a: |\n     \n  x\n"),
                       "\(path):2:3: error: a blank line at the start of a block scalar has more spaces than its first line of text\n    hint: remove the spaces from the blank line, or add an indentation indicator such as '|2'")
    }

    func testNumberTooLarge() {
        XCTAssertEqual(FrontMatterCheck.error("a: 99999999999999999999\n"),
                       "\(path):1:4: error: the number '99999999999999999999' is too large\n    hint: whole numbers can have at most 18 digits; check for extra digits")
    }

    func testFlowErrors() {
        XCTAssertEqual(FrontMatterCheck.error("a: [a, , b]\n"),
                       "\(path):1:8: error: unexpected ',' in a flow sequence\n    hint: remove the extra ','; empty items are not allowed")
        XCTAssertEqual(FrontMatterCheck.error("a: [a: b]\n"),
                       "\(path):1:6: error: 'key: value' pairs directly inside '[ ]' are not supported\n    hint: write a mapping inside the list in braces: [{key: value}]")
        XCTAssertEqual(FrontMatterCheck.error("a: [\"a\" b]\n"),
                       "\(path):1:9: error: expected ',' or ']' in a flow sequence, found 'b]'\n    hint: separate the items with commas, and put an item holding ',' or brackets in quotes")
        XCTAssertEqual(FrontMatterCheck.error("a: {x: 1: 2}\n"),
                       "\(path):1:9: error: expected ',' or '}' in a flow mapping, found ': 2}'\n    hint: separate the entries with commas, and put a value holding ',', ':' or brackets in quotes")
        XCTAssertEqual(FrontMatterCheck.error("a: {x: 1,, y: 2}\n"),
                       "\(path):1:10: error: unexpected ',' in a flow mapping\n    hint: remove the extra ','; empty entries are not allowed")
        XCTAssertEqual(FrontMatterCheck.error("a: {: 1}\n"),
                       "\(path):1:5: error: missing key before ':'\n    hint: write the key name before ':'")
        XCTAssertEqual(FrontMatterCheck.error("a: {[x]: 1}\n"),
                       "\(path):1:5: error: a key cannot start with '['\n    hint: collections cannot be keys; use a plain or quoted key")
        XCTAssertEqual(FrontMatterCheck.error("a: [|x]\n"),
                       "\(path):1:5: error: block scalars ('|') cannot be used inside '[ ]' or '{ }'\n    hint: use a double-quoted string, with \\n for line breaks")
        XCTAssertEqual(FrontMatterCheck.error("a: [- x]\n"),
                       "\(path):1:5: error: a '- ' list item cannot be used inside '[ ]' or '{ }'\n    hint: separate the items with commas")
        XCTAssertEqual(FrontMatterCheck.error("a: {x\n  y: 1}\n"),
                       "\(path):1:5: error: a key must be on a single line\n    hint: join the key's lines, or put the key in quotes on one line")
    }
}
