import XCTest
@testable import CivicSite

/// Notices: bare URLs cut at Japanese text, with the line and column where
/// the URL starts, so that `check` can suggest `<https://…>`.
final class MarkdownNoticeTests: XCTestCase {
    let site = MarkdownRenderer(options: .site(japanese: true))

    func cut(_ line: Int, _ column: Int, _ linked: String, _ leftOver: String) -> MarkdownNotice {
        MarkdownNotice(kind: .urlCutAtJapanese, line: line, column: column, linked: linked, leftOver: leftOver)
    }

    func testAPathCutAtJapaneseIsReported() {
        let (html, notices) = site.renderWithNotices("東京都の説明：https://ja.wikipedia.org/wiki/東京都\n")
        XCTAssertEqual(html, "<p>東京都の説明：<a href=\"https://ja.wikipedia.org/wiki/\" rel=\"noopener\">https://ja.wikipedia.org/wiki/</a>東京都</p>\n")
        XCTAssertEqual(notices, [cut(1, 8, "https://ja.wikipedia.org/wiki/", "東京都")])
        XCTAssertEqual(site.render("東京都の説明：https://ja.wikipedia.org/wiki/東京都\n"), html)
    }

    func testQueriesAndPathsCutInTheMiddleAreReported() {
        XCTAssertEqual(site.renderWithNotices("検索：https://example.jp/search?q=東京&lang=ja です").notices,
                       [cut(1, 4, "https://example.jp/search?q=", "東京&lang=ja")])
        XCTAssertEqual(site.renderWithNotices("https://example.jp/news/お知らせ.html。").notices,
                       [cut(1, 1, "https://example.jp/news/", "お知らせ.html")])
        XCTAssertEqual(site.renderWithNotices("https://example.jp/a/東京（地図）").notices,
                       [cut(1, 1, "https://example.jp/a/", "東京")])
    }

    func testURLsThatEndBeforeJapaneseAreFine() {
        for markdown in ["https://example.jp。", "https://example.jp/。", "詳細はhttps://example.jp/をご覧ください",
                         "https://example.jpです", "https://example.jp:8080/です", "https://example.jp/a、b", "https://example.jp/a）",
                         "https://example.jp/a 東京", "https://example.jp/a.です", "<https://example.jp/wiki/東京都>",
                         "[東京](https://example.jp/wiki/東京都)", "`https://example.jp/wiki/東京都`"] {
            XCTAssertEqual(site.renderWithNotices(markdown).notices, [], markdown)
        }
    }

    func testLinesAndColumnsThroughContainersAndTables() {
        let markdown = """
        ---
        title: x
        ---
        > - 一行目
        >   参考：https://example.jp/wiki/東京
        
        | 名前 | URL |
        | --- | --- |
        | 会 \\| 場 | 地図は https://example.jp/map/東京 |
        
        ## 見出し https://example.jp/p/大阪
        
        """
        let (_, notices) = site.renderWithNotices(markdown)
        XCTAssertEqual(notices, [
            cut(5, 8, "https://example.jp/wiki/", "東京"),
            cut(9, 16, "https://example.jp/map/", "東京"),
            cut(11, 8, "https://example.jp/p/", "大阪"),
        ])
    }

    func testColumnsAfterAnEscapedPipeInTheSameCell() {
        let markdown = "| a | b |\n| - | - |\n| x | y \\| https://example.jp/z/東 |\n"
        XCTAssertEqual(site.renderWithNotices(markdown).notices, [cut(3, 12, "https://example.jp/z/", "東")])
    }

    func testPositionsAfterReferenceDefinitionsLazyLinesAndCRLF() {
        let markdown = "[a]: /u\r\n前の行\r\n> 引用\r\n続き https://example.jp/x/日本\r\n"
        XCTAssertEqual(site.renderWithNotices(markdown).notices, [cut(4, 4, "https://example.jp/x/", "日本")])
        let list = "持ち物：\n・筆記用具\n・地図 https://example.jp/map/駅\n"
        XCTAssertEqual(site.renderWithNotices(list).notices, [cut(3, 5, "https://example.jp/map/", "駅")])
    }

    func testNoNoticesWithoutTheJapaneseRules() {
        let markdown = "https://example.jp/wiki/東京都"
        XCTAssertEqual(MarkdownRenderer(options: .site(japanese: false)).renderWithNotices(markdown).notices, [])
        XCTAssertEqual(MarkdownRenderer(options: .spec).renderWithNotices(markdown).notices, [])
    }

    func testManyCutsAreAllReportedInOrder() {
        let markdown = String(repeating: "https://example.jp/w/東 ", count: 3) + "\n" + "https://example.jp/w/西"
        XCTAssertEqual(site.renderWithNotices(markdown).notices, [
            cut(1, 1, "https://example.jp/w/", "東"), cut(1, 24, "https://example.jp/w/", "東"),
            cut(1, 47, "https://example.jp/w/", "東"), cut(2, 1, "https://example.jp/w/", "西"),
        ])
    }
}
