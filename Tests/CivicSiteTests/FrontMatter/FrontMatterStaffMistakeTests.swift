import XCTest
@testable import CivicSite

/// Mistakes centre staff make with Japanese input methods and pasted text:
/// each is reported at the character that is wrong, with the exact fix.
final class FrontMatterStaffMistakeTests: XCTestCase {
    let path = "content/groups/a.md"
    let head = "---\ntitle: さくら\n"

    /// Splits `text` like a content file and parses its front matter.
    func diagnostics(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        switch FrontMatterDocument.split(text, path: path) {
        case .failure(let list):
            return list.items.map(\.description)
        case .success(let document):
            let parsed = document.parseFrontMatter(path: path)
            XCTAssertNotNil(parsed.node, file: file, line: line)
            return parsed.diagnostics.map(\.description)
        }
    }

    // MARK: 1. A stray `---` in the middle of the keys

    func testStrayClosingLineBeforeMoreKeys() throws {
        let text = head + "area: 本町地区\n---\nmembers: 30\n\nfees: 年会費\ncontact:\n  email: a@example.jp\ntags:\n- 防災\n---\n本文\n"
        XCTAssertEqual(diagnostics(text), [
            "\(path):4:1: error: front matter ends here but the lines after it look like more keys\n    hint: remove this '---': the front matter ends at the '---' on line 12",
        ])
        let document = try FrontMatterDocument.split(text, path: path).get()
        XCTAssertEqual(document.body, "本文\n")
        XCTAssertEqual(document.bodyFirstLine, 13)
    }

    func testEveryStrayLineIsReportedAndOtherProblemsToo() {
        let text = head + "a: 1\n---\nb: &x 2\n---\nc: 3\n---\n"
        XCTAssertEqual(diagnostics(text), [
            "\(path):4:1: error: front matter ends here but the lines after it look like more keys\n    hint: remove this '---': the front matter ends at the '---' on line 8",
            "\(path):5:4: error: anchors ('&x') are not supported\n    hint: write the value out in full",
            "\(path):6:1: error: front matter ends here but the lines after it look like more keys\n    hint: remove this '---': the front matter ends at the '---' on line 8",
        ])
    }

    func testKeysWithTypingMistakesAfterAStrayLineStillCount() {
        XCTAssertEqual(diagnostics(head + "a: 1\n---\nfees:年会費\narea\u{FF1A} 北区\n---\n本文\n"), [
            "\(path):4:1: error: front matter ends here but the lines after it look like more keys\n    hint: remove this '---': the front matter ends at the '---' on line 7",
            "\(path):5:5: error: no space after ':' in 'fees:年会費'\n    hint: write 'fees: 年会費'",
            "\(path):6:5: error: full-width colon '\u{FF1A}' after 'area'\n    hint: write 'area: 北区'",
        ])
    }

    func testABodyWithAThematicBreakIsLeftAlone() throws {
        for body in ["本文\n\n---\n\n続き\n", "\n## 見出し\n---\n", "- 項目\n---\n", "注意 事項: 雨天中止\n---\n",
                     "注意:雨天中止\n---\n", "日時：12月5日\n---\n",
                     "日時: 12月5日\n\n本文です。\n---\n", "a: 1\n", "https://example.jp/\n---\n",
                     // Event details written as label lines before a break: Japanese labels are never keys.
                     "日時: 12月5日 10:00\n場所: 公民館\n\n---\n\n詳細\n"] {
            let document = try FrontMatterDocument.split(head + "---\n" + body, path: path).get()
            XCTAssertEqual(document.body, body)
            XCTAssertEqual(document.frontMatter, "title: さくら\n")
        }
    }

    // MARK: 2. `...` inside the front matter

    func testDocumentEndMarkerBeforeMoreKeys() {
        XCTAssertEqual(diagnostics(head + "area: 本町地区\n...\nmembers: 30\n---\n本文\n"), [
            "\(path):4:1: error: a document end marker ('...') is not supported\n    hint: remove this '...': the front matter ends at the '---' on line 6",
        ])
    }

    func testDocumentEndMarkerUsedAsTheClosingLine() {
        XCTAssertEqual(diagnostics(head + "area: 本町地区\n...\n本文\n"), [
            "\(path):4:1: error: a document end marker ('...') cannot end the front matter\n    hint: write '---' instead of '...'",
        ])
    }

    // MARK: 3. Full-width spaces as indentation

    func testFullWidthSpaceIndentingAKey() {
        XCTAssertEqual(diagnostics(head + "contact:\n  email: a@example.jp\n\u{3000}\u{3000}phone: 000-555-0100\nmembers: &x 3\n---\n"), [
            "\(path):5:1: error: full-width space (U+3000) in indentation\n    hint: indent with half-width spaces",
            "\(path):6:10: error: anchors ('&x') are not supported\n    hint: write the value out in full",
        ])
        XCTAssertEqual(diagnostics(head + "contact:\n\u{3000}email: a@example.jp\n---\n"), [
            "\(path):4:1: error: full-width space (U+3000) in indentation\n    hint: indent with half-width spaces",
        ])
        XCTAssertEqual(diagnostics(head + "tags:\n\u{3000}- 防災\n---\n"), [
            "\(path):4:1: error: full-width space (U+3000) in indentation\n    hint: indent with half-width spaces",
        ])
    }

    func testFullWidthSpaceAfterHalfWidthIndentation() {
        // Under a value it would otherwise continue the value, and under a
        // key it would be an oddly indented key.
        XCTAssertEqual(FrontMatterCheck.error("contact:\n  email: a@example.jp\n   \u{3000}phone: 000\n", firstLine: 2),
                       "\(path):4:4: error: full-width space (U+3000) in indentation\n    hint: indent with half-width spaces")
        XCTAssertEqual(FrontMatterCheck.error("contact:\n  \u{3000}phone: 000\n", firstLine: 2),
                       "\(path):3:3: error: full-width space (U+3000) in indentation\n    hint: indent with half-width spaces")
    }

    func testFullWidthSpacesInsideTextAreText() {
        XCTAssertEqual(FrontMatterCheck.value("title: 市民の会\u{3000}さくら\nsummary:\n  \u{3000}子どもの居場所です。\n"),
                       "{title: \"市民の会\u{3000}さくら\", summary: \"\u{3000}子どもの居場所です。\"}")
        XCTAssertEqual(FrontMatterCheck.value("note: |\n  \u{3000}一段落目\n  \u{3000}二段落目\nkey\u{3000}name: x\n"),
                       "{note: \"\u{3000}一段落目\\n\u{3000}二段落目\\n\", key\u{3000}name: \"x\"}")
        XCTAssertEqual(FrontMatterCheck.value("summary: 一行目\n  \u{3000}二行目\n"), "{summary: \"一行目 \u{3000}二行目\"}")
    }

    // MARK: 4, 5. Full-width colon, no space after the colon

    func testFullWidthColon() {
        XCTAssertEqual(FrontMatterCheck.errors("area\u{FF1A} 本町地区\nmembers: &x 3\ncontact:\n  email: a\n  phone\u{FF1A}000\n", firstLine: 2), [
            "\(path):2:5: error: full-width colon '\u{FF1A}' after 'area'\n    hint: write 'area: 本町地区'",
            "\(path):3:10: error: anchors ('&x') are not supported\n    hint: write the value out in full",
            "\(path):6:8: error: full-width colon '\u{FF1A}' after 'phone'\n    hint: write 'phone: 000'",
        ])
    }

    func testNoSpaceAfterTheColon() {
        XCTAssertEqual(FrontMatterCheck.errors("area:本町地区\nurl: https://x.example.jp/\ncontact:\n  email: a\n  phone:000-555-0100\n", firstLine: 2), [
            "\(path):2:5: error: no space after ':' in 'area:本町地区'\n    hint: write 'area: 本町地区'",
            "\(path):6:8: error: no space after ':' in 'phone:000-555-0100'\n    hint: write 'phone: 000-555-0100'",
        ])
        XCTAssertEqual(FrontMatterCheck.error("area:\u{3000}本町地区 # 地区名\n"),
                       "\(path):1:6: error: 'area:\u{3000}本町地区' has a full-width space (U+3000) after ':'\n    hint: write a half-width space after ':': 'area: 本町地区'")
    }

    func testColonsThatAreNotKeyMistakesKeepTheirMeaning() {
        // As a value, `a:b` is plain text in YAML; URLs and times too.
        XCTAssertEqual(FrontMatterCheck.value("url: https://x.example.jp/a:b\nend: 12:00\nnote: a:b\ntags: [a:b]\n"),
                       #"{url: "https://x.example.jp/a:b", end: "12:00", note: "a:b", tags: ["a:b"]}"#)
        // Where a key is expected, a URL or a time is not a missing space.
        XCTAssertEqual(FrontMatterCheck.error("a: 1\nhttps://x.example.jp/\n"),
                       "\(path):2:1: error: missing ':' after 'https://x.example.jp/'\n    hint: write 'key: value', or indent the line if it continues the value above")
        XCTAssertEqual(FrontMatterCheck.error("a: 1\n10:30\n"),
                       "\(path):2:1: error: missing ':' after '10:30'\n    hint: write 'key: value', or indent the line if it continues the value above")
    }

    // MARK: 6. Integers too large

    func testNumberTooLargeGivesNoQuotingAdvice() {
        XCTAssertEqual(FrontMatterCheck.error("members: 99999999999999999999999999\n", firstLine: 2),
                       "\(path):2:10: error: the number '99999999999999999999999999' is too large\n    hint: whole numbers can have at most 18 digits; check for extra digits")
    }

    // MARK: 7. Closing lines written with look-alike characters

    func testClosingLineWithLookAlikeCharacters() {
        let cases: [(String, String)] = [
            ("ーーー", "this line looks like the closing '---' but is written with 'ー'"),
            ("－－－", "this line looks like the closing '---' but is written with '－'"),
            ("--ー ", "this line looks like the closing '---' but is written with 'ー'"),
            ("----", "this line looks like the closing '---' but has 4 hyphens"),
        ]
        for (closer, message) in cases {
            XCTAssertEqual(diagnostics(head + "area: 本町地区\n\(closer)\n本文\n"), [
                "\(path):4:1: error: \(message)\n    hint: write three half-width hyphens: ---",
            ], closer)
        }
        // With a `---` further down the body, the parser reports it and
        // stops there rather than reporting every body line.
        XCTAssertEqual(diagnostics(head + "area: 本町地区\nーーー\n本文\n\n---\n\n続き\n"), [
            "\(path):4:1: error: this line looks like the closing '---' but is written with 'ー'\n    hint: write three half-width hyphens: ---",
        ])
        // Without any look-alike, the report stays at the opening line.
        XCTAssertEqual(diagnostics(head + "area: 本町地区\n本文\n"), [
            "\(path):1:1: error: front matter is not closed before the body text that starts on line 4\n    hint: add a line with only '---' after line 3, the last 'key: value' line",
        ])
    }
}
