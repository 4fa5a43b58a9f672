import XCTest
@testable import CivicSite

/// Bodies as Japanese staff write them: lines that start with a marker keep
/// their own line, and runs of `・` lines become lists (site mode, Japanese).
final class MarkdownLineMarkerTests: XCTestCase {
    let site = MarkdownRenderer(options: .site(japanese: true))
    let english = MarkdownRenderer(options: .site(japanese: false))
    let spec = MarkdownRenderer(options: .spec)

    func testMiddleDotLinesBecomeAListAfterTheirIntroduction() {
        XCTAssertEqual(site.render("持ち物：\n・筆記用具\n・上履き\n"),
                       "<p>持ち物：</p>\n<ul>\n<li>筆記用具</li>\n<li>上履き</li>\n</ul>\n")
        XCTAssertEqual(site.render("・筆記用具\n･ 上履き\n・　**名札**\n"),
                       "<ul>\n<li>筆記用具</li>\n<li>上履き</li>\n<li><strong>名札</strong></li>\n</ul>\n")
    }

    func testLinesAfterTheListStayAParagraph() {
        XCTAssertEqual(site.render("持ち物：\n・筆記用具\n・上履き\n以上をお持ちください。\n"),
                       "<p>持ち物：</p>\n<ul>\n<li>筆記用具</li>\n<li>上履き</li>\n</ul>\n<p>以上をお持ちください。</p>\n")
        XCTAssertEqual(site.render("午前：\n・受付\n・説明\n午後：\n・相談\n・交流\n"), """
        <p>午前：</p>
        <ul>
        <li>受付</li>
        <li>説明</li>
        </ul>
        <p>午後：</p>
        <ul>
        <li>相談</li>
        <li>交流</li>
        </ul>

        """)
    }

    func testASingleMiddleDotLineIsNotAList() {
        XCTAssertEqual(site.render("持ち物：\n・筆記用具\n"), "<p>持ち物：<br />\n・筆記用具</p>\n")
        XCTAssertEqual(site.render("・筆記用具"), "<p>・筆記用具</p>\n")
    }

    func testMarkerLinesKeepTheirOwnLine() {
        XCTAssertEqual(site.render("日程\n１．説明会\n２．相談会\n"), "<p>日程<br />\n１．説明会<br />\n２．相談会</p>\n")
        XCTAssertEqual(site.render("参加費は無料です。\n※材料費が別にかかります。\n"),
                       "<p>参加費は無料です。<br />\n※材料費が別にかかります。</p>\n")
        // The line after a marker line stands alone too: `※` notes are not run into what follows.
        XCTAssertEqual(site.render("※雨天中止\n詳しくはお問い合わせください。"),
                       "<p>※雨天中止<br />\n詳しくはお問い合わせください。</p>\n")
        XCTAssertEqual(site.render("注意\n**※必ずお読みください**\n"), "<p>注意<br />\n<strong>※必ずお読みください</strong></p>\n")
    }

    func testEveryMarker() {
        let markers = ["・", "･", "※", "＊", "●", "○", "〇", "◯", "◎", "■", "□", "◆", "◇", "★", "☆", "▼", "▽", "▶", "▷", "→", "⇒", "【",
                       "①", "⑩", "⑳", "⑴", "⒇", "１．", "12．", "1．", "１.", "１）", "1）", "１)", "1.説", "1)説",
                       "(1)", "（1）", "（１）", "(１)", "（12）"]
        for marker in markers {
            XCTAssertEqual(site.render("前\n\(marker)後"), "<p>前<br />\n\(marker)後</p>\n", marker)
        }
    }

    func testNotMarkers() {
        // Markdown's own `2. ` cannot interrupt a paragraph, and stays a continuation line as before.
        XCTAssertEqual(site.render("前\n2. 後"), "<p>前\n2. 後</p>\n")
        XCTAssertEqual(site.render("前\n1.5倍"), "<p>前\n1.5倍</p>\n")
        XCTAssertEqual(site.render("前\n2025．4．1"), "<p>前\n2025．4．1</p>\n")
        XCTAssertEqual(site.render("前\n（123）後"), "<p>前（123）後</p>\n")
        XCTAssertEqual(site.render("前\n㉑後"), "<p>前\n㉑後</p>\n")
        XCTAssertEqual(site.render("前\n日時・場所"), "<p>前日時・場所</p>\n")
    }

    func testBlankLinesListsAndCodeAreAsBefore() {
        XCTAssertEqual(site.render("持ち物：\n\n・筆記用具\n\n・上履き\n"),
                       "<p>持ち物：</p>\n<p>・筆記用具</p>\n<p>・上履き</p>\n")
        XCTAssertEqual(site.render("持ち物：\n- 筆記用具\n- 上履き\n"),
                       "<p>持ち物：</p>\n<ul>\n<li>筆記用具</li>\n<li>上履き</li>\n</ul>\n")
        XCTAssertEqual(site.render("```\n・a\n・b\n※c\n```\n"), "<pre><code>・a\n・b\n※c\n</code></pre>\n")
        XCTAssertEqual(site.render("    ・a\n    ・b\n"), "<pre><code>・a\n・b\n</code></pre>\n")
        XCTAssertEqual(site.render("# ・a\n・b\n・c\n"), "<h1 id=\"a\">・a</h1>\n<ul>\n<li>b</li>\n<li>c</li>\n</ul>\n")
    }

    func testInsideContainers() {
        XCTAssertEqual(site.render("> 持ち物：\n> ・筆記用具\n> ・上履き\n"),
                       "<blockquote>\n<p>持ち物：</p>\n<ul>\n<li>筆記用具</li>\n<li>上履き</li>\n</ul>\n</blockquote>\n")
        XCTAssertEqual(site.render("- 持ち物：\n  ・筆記用具\n  ・上履き\n- 日程\n"),
                       "<ul>\n<li>持ち物：\n<ul>\n<li>筆記用具</li>\n<li>上履き</li>\n</ul>\n</li>\n<li>日程</li>\n</ul>\n")
        XCTAssertEqual(site.render("- 注意\n  ※雨天中止\n"), "<ul>\n<li>注意<br />\n※雨天中止</li>\n</ul>\n")
    }

    func testOnlyWithTheJapaneseSiteRules() {
        XCTAssertEqual(english.render("持ち物：\n・筆記用具\n・上履き\n"), "<p>持ち物：\n・筆記用具\n・上履き</p>\n")
        XCTAssertEqual(spec.render("持ち物：\n・筆記用具\n・上履き\n※注\n"), "<p>持ち物：\n・筆記用具\n・上履き\n※注</p>\n")
        var trustedJapanese = MarkdownOptions.spec
        trustedJapanese.japanese = true
        XCTAssertEqual(MarkdownRenderer(options: trustedJapanese).render("前\n※注"), "<p>前\n※注</p>\n")
    }
}
