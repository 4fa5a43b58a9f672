import XCTest
@testable import CivicSite

/// The Japanese rules, and that spec mode keeps strict CommonMark.
final class MarkdownJapaneseTests: XCTestCase {
    let japanese = MarkdownRenderer(options: .site(japanese: true))
    let plain = MarkdownRenderer(options: .site(japanese: false))
    let spec = MarkdownRenderer(options: .spec)

    func testEmphasisAroundJapaneseBrackets() {
        XCTAssertEqual(japanese.render("これは**「重要」**です"), "<p>これは<strong>「重要」</strong>です</p>\n")
        XCTAssertEqual(japanese.render("**【お知らせ】**本日"), "<p><strong>【お知らせ】</strong>本日</p>\n")
        XCTAssertEqual(japanese.render("必ず*（注）*を読む"), "<p>必ず<em>（注）</em>を読む</p>\n")
        XCTAssertEqual(japanese.render("締切は**3月31日。**です"), "<p>締切は<strong>3月31日。</strong>です</p>\n")
        XCTAssertEqual(japanese.render("これは**\"重要\"**です"), "<p>これは<strong>&quot;重要&quot;</strong>です</p>\n")
        XCTAssertEqual(japanese.render("変数名は_snake_case_で"), "<p>変数名は_snake_case_で</p>\n")
    }

    func testStrictCommonMarkLeavesTheAsterisks() {
        XCTAssertEqual(spec.render("これは**「重要」**です"), "<p>これは**「重要」**です</p>\n")
        XCTAssertEqual(spec.render("**【お知らせ】**本日"), "<p>**【お知らせ】**本日</p>\n")
        XCTAssertEqual(spec.render("これは**\"重要\"**です"), "<p>これは**&quot;重要&quot;**です</p>\n")
        XCTAssertEqual(plain.render("これは**「重要」**です"), "<p>これは**「重要」**です</p>\n")
    }

    func testEmphasisThatNeedsNoRuleStillWorks() {
        XCTAssertEqual(spec.render("「**重要**」です"), "<p>「<strong>重要</strong>」です</p>\n")
        XCTAssertEqual(japanese.render("「**重要**」です"), "<p>「<strong>重要</strong>」です</p>\n")
        XCTAssertEqual(japanese.render("**bold** text"), "<p><strong>bold</strong> text</p>\n")
    }

    func testSoftBreakBetweenCJKIsRemoved() {
        XCTAssertEqual(japanese.render("日本語の文章が\n途中で改行されています。"),
                       "<p>日本語の文章が途中で改行されています。</p>\n")
        XCTAssertEqual(japanese.render("会場：\n「市民活動センター」"), "<p>会場：「市民活動センター」</p>\n")
        XCTAssertEqual(japanese.render("カタカナ\nひらがな"), "<p>カタカナひらがな</p>\n")
        XCTAssertEqual(japanese.render("ここが**重要**\n**注意**です"),
                       "<p>ここが<strong>重要</strong><strong>注意</strong>です</p>\n")
    }

    func testSoftBreakKeptNextToLatinText() {
        XCTAssertEqual(japanese.render("English line\nnext line"), "<p>English line\nnext line</p>\n")
        XCTAssertEqual(japanese.render("日本語\nEnglish"), "<p>日本語\nEnglish</p>\n")
        XCTAssertEqual(japanese.render("NPO\n法人"), "<p>NPO\n法人</p>\n")
    }

    func testSoftBreakKeptWithoutJapaneseRules() {
        XCTAssertEqual(plain.render("日本語の文章が\n途中で改行"), "<p>日本語の文章が\n途中で改行</p>\n")
        XCTAssertEqual(spec.render("日本語の文章が\n途中で改行"), "<p>日本語の文章が\n途中で改行</p>\n")
    }

    func testHardBreakStaysAHardBreak() {
        XCTAssertEqual(japanese.render("一行目  \n二行目"), "<p>一行目<br />\n二行目</p>\n")
        XCTAssertEqual(japanese.render("一行目\\\n二行目"), "<p>一行目<br />\n二行目</p>\n")
    }

    func testTrustedWithJapaneseAppliesTheRules() {
        var options = MarkdownOptions.spec
        options.japanese = true
        let renderer = MarkdownRenderer(options: options)
        XCTAssertEqual(renderer.render("これは**「重要」**です\nよろしく"), "<p>これは<strong>「重要」</strong>ですよろしく</p>\n")
    }

    func testJapaneseHeadingIDs() {
        XCTAssertEqual(japanese.render("## 活動内容"), "<h2 id=\"活動内容\">活動内容</h2>\n")
        XCTAssertEqual(japanese.render("## 助成金・補助金 2025"), "<h2 id=\"助成金補助金-2025\">助成金・補助金 2025</h2>\n")
        XCTAssertEqual(japanese.render("# 【お知らせ】\n# 【お知らせ】"),
                       "<h1 id=\"お知らせ\">【お知らせ】</h1>\n<h1 id=\"お知らせ-1\">【お知らせ】</h1>\n")
    }
}
