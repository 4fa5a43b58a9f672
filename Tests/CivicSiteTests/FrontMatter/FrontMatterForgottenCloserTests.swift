import XCTest
@testable import CivicSite

/// A closing `---` left out before the body: one error at the opening line
/// naming the line it belongs after, never one error per body line.
final class FrontMatterForgottenCloserTests: XCTestCase {
    let path = "content/groups/a.md"
    let head = "---\ntitle: さくら子ども食堂\nsummary: 毎月第2土曜日に開いています。\n"

    func report(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        switch FrontMatterDocument.split(text, path: path) {
        case .failure(let list):
            return list.items.map(\.description)
        case .success(let document):
            return document.parseFrontMatter(path: path).diagnostics.map(\.description)
        }
    }

    func forgotten(body: Int, after last: Int) -> [String] {
        ["\(path):1:1: error: front matter is not closed before the body text that starts on line \(body)\n    hint: add a line with only '---' after line \(last), the last 'key: value' line"]
    }

    func testBodyTextRightAfterTheKeys() {
        XCTAssertEqual(report(head + "教室の様子をご覧いただき、ありがとうございます。\n子どもたちも楽しみにしています。\n"),
                       forgotten(body: 4, after: 3))
    }

    func testAThematicBreakFurtherDownIsNotTheClosingLine() {
        XCTAssertEqual(report(head + "\n教室の様子をご覧いただき…\n\n---\n\n## 活動日時\n\n毎月第2土曜日\n"), forgotten(body: 5, after: 3))
        XCTAssertEqual(report(head + "## 活動日時\n毎月第2土曜日\n---\n続き\n"), forgotten(body: 4, after: 3))
    }

    func testJapaneseParagraphsAndBodyListsAreBody() {
        XCTAssertEqual(report(head + "\u{3000}教室の様子をご覧いただき…\n\u{3000}次の段落です。\n"), forgotten(body: 4, after: 3))
        XCTAssertEqual(report(head + "tags:\n  - 防災\n\n持ち物:\n- 筆記用具\n- 上履き\n"), forgotten(body: 7, after: 5))
    }

    func testLabelLinesInTheBodyAreNotKeys() {
        XCTAssertEqual(report(head + "日時: 12月5日 10:00\n場所: 公民館\n---\n詳細\n"), forgotten(body: 4, after: 3))
    }

    func testASingleLineBeforeTheClosingLineIsAKeyLineWithAMistake() {
        XCTAssertEqual(report(head + "市民の会 について\n---\n本文\n"), [
            "\(path):4:1: error: missing ':' after '市民の会 について'\n    hint: write 'key: value', or indent the line if it continues the value above",
        ])
    }

    func testKeysAfterTheTextMakeItABrokenKeyLine() {
        XCTAssertEqual(report(head + "市民の会 について\n詳しい説明\narea: 本町地区\n---\n本文\n").first,
                       "\(path):4:1: error: missing ':' after '市民の会 について'\n    hint: write 'key: value', or indent the line if it continues the value above")
    }

    func testKeyLinesWithoutTheirColonAreNotABody() {
        let hint = "\n    hint: write 'key: value', or indent the line if it continues the value above"
        XCTAssertEqual(report(head + "kana さくらこどもしょくどう\narea 本町地区\n---\n本文\n"),
                       ["\(path):4:1: error: missing ':' after 'kana さくらこどもしょくどう'" + hint,
                        "\(path):5:1: error: missing ':' after 'area 本町地区'" + hint])
    }

    func testWrongClosingLinesAreNamedAsSuch() {
        XCTAssertEqual(report(head + "ーーー\n本文です。\n次の行です。\n").first?.contains("written with 'ー'"), true)
        XCTAssertEqual(report(head + "...\n本文です。\n次の行です。\n").first?.contains("a document end marker ('...') cannot end"), true)
        XCTAssertEqual(report(head + "---  \n本文です。\n次の行です。\n"), [
            "\(path):1:1: error: front matter is not closed: no '---' line after the opening '---'\n    hint: line 4 has spaces after '---'; remove them to end the front matter there",
        ])
    }

    func testAFileThatStartsWithTextIsNotTakenForAForgottenCloser() {
        XCTAssertEqual(report("---\n本文です。\n次の行です。\n").first,
                       "\(path):1:1: error: front matter is not closed: no '---' line after the opening '---'\n    hint: write the 'key: value' lines after the opening '---', then a line with only '---'")
    }

    func testInJapanese() throws {
        guard case .failure(let list) = FrontMatterDocument.split(head + "教室の様子をご覧いただき…\n", path: path) else {
            return XCTFail("expected a failure")
        }
        let d = try XCTUnwrap(list.items.first)
        XCTAssertEqual(d.message(in: .ja), "ファイルの先頭の --- と --- の間が閉じないまま、4行目から本文が始まっています")
        XCTAssertEqual(d.hint(in: .ja), "最後の「キー: 値」の行（3行目）の次に、--- だけの行を入れてください")
    }
}
