import XCTest
@testable import CivicSite

/// GFM tables, strikethrough, bare-URL autolinks and heading ids.
final class MarkdownExtensionTests: XCTestCase {
    let site = MarkdownRenderer(options: .site(japanese: false))
    let spec = MarkdownRenderer(options: .spec)

    func testOptionPresets() {
        XCTAssertEqual(MarkdownOptions.spec, MarkdownOptions(trusted: true, extensions: false, japanese: false, nestingLimit: nil))
        XCTAssertEqual(MarkdownOptions.site(japanese: true), MarkdownOptions(trusted: false, extensions: true, japanese: true))
        XCTAssertEqual(MarkdownOptions(), MarkdownOptions.site(japanese: true))
    }

    func testTableWithAlignmentAndEscapedPipe() {
        let md = "| 団体 | 分野 | 人数 |\n|:--|:-:|--:|\n| a \\| b | `c` | 3 |\n| d |\n"
        XCTAssertEqual(site.render(md), """
        <table>
        <thead>
        <tr>
        <th align="left">団体</th>
        <th align="center">分野</th>
        <th align="right">人数</th>
        </tr>
        </thead>
        <tbody>
        <tr>
        <td align="left">a | b</td>
        <td align="center"><code>c</code></td>
        <td align="right">3</td>
        </tr>
        <tr>
        <td align="left">d</td>
        <td align="center"></td>
        <td align="right"></td>
        </tr>
        </tbody>
        </table>

        """)
    }

    func testTableEndsAtBlankLineAndFollowsParagraph() {
        let html = site.render("intro\n| a | b |\n| - | - |\n| 1 | 2 |\n\nafter")
        XCTAssertTrue(html.hasPrefix("<p>intro</p>\n<table>\n"), html)
        XCTAssertTrue(html.hasSuffix("</tbody>\n</table>\n<p>after</p>\n"), html)
    }

    func testNotATableWhenColumnsDiffer() {
        XCTAssertEqual(site.render("| a | b |\n| - |\n"), "<p>| a | b |\n| - |</p>\n")
    }

    func testTablesOnlyWithExtensions() {
        XCTAssertEqual(spec.render("| a |\n| - |"), "<p>| a |\n| - |</p>\n")
    }

    func testStrikethrough() {
        XCTAssertEqual(site.render("~~中止~~ 延期"), "<p><del>中止</del> 延期</p>\n")
        XCTAssertEqual(site.render("~a~ ~~~b~~~"), "<p><del>a</del> ~~~b~~~</p>\n")
        XCTAssertEqual(spec.render("~~a~~"), "<p>~~a~~</p>\n")
    }

    func testBareURLs() {
        XCTAssertEqual(site.render("詳細は https://example.jp/a?b=1. をご覧ください"),
                       "<p>詳細は <a href=\"https://example.jp/a?b=1\" rel=\"noopener\">https://example.jp/a?b=1</a>. をご覧ください</p>\n")
        // GFM's www autolinks only without the Japanese rules (see MarkdownBareLinkTests).
        XCTAssertEqual(site.render("see www.city.example.jp/npo, thanks"),
                       "<p>see <a href=\"http://www.city.example.jp/npo\" rel=\"noopener\">www.city.example.jp/npo</a>, thanks</p>\n")
        XCTAssertEqual(MarkdownRenderer(options: .site(japanese: true)).render("see www.city.example.jp/npo, thanks"),
                       "<p>see www.city.example.jp/npo, thanks</p>\n")
        XCTAssertEqual(site.render("(https://a.example/x_(y))"),
                       "<p>(<a href=\"https://a.example/x_(y)\" rel=\"noopener\">https://a.example/x_(y)</a>)</p>\n")
        XCTAssertEqual(site.render("https://example.com/foo_bar_baz"),
                       "<p><a href=\"https://example.com/foo_bar_baz\" rel=\"noopener\">https://example.com/foo_bar_baz</a></p>\n")
    }

    func testBareURLsLeaveLinksAndCodeAlone() {
        XCTAssertEqual(site.render("[https://a.example](/x) `https://b.example`"),
                       "<p><a href=\"/x\">https://a.example</a> <code>https://b.example</code></p>\n")
        XCTAssertEqual(spec.render("https://a.example"), "<p>https://a.example</p>\n")
        XCTAssertEqual(site.render("xhttps://a.example"), "<p>xhttps://a.example</p>\n")
    }

    func testHeadingIDs() {
        XCTAssertEqual(site.render("# Hello, World!\n## Hello World\n### hello   world"), """
        <h1 id="hello-world">Hello, World!</h1>
        <h2 id="hello-world-1">Hello World</h2>
        <h3 id="hello-world-2">hello   world</h3>

        """)
        XCTAssertEqual(site.render("# !!!\n# ???\nSetext *em*\n---"), """
        <h1 id="section">!!!</h1>
        <h1 id="section-1">???</h1>
        <h2 id="setext-em">Setext <em>em</em></h2>

        """)
        XCTAssertEqual(spec.render("# Title"), "<h1>Title</h1>\n")
    }

    func testHeadingIDsAvoidCollisionsWithNumberedSlugs() {
        XCTAssertEqual(site.render("# a-1\n# a\n# a"), """
        <h1 id="a-1">a-1</h1>
        <h1 id="a">a</h1>
        <h1 id="a-2">a</h1>

        """)
    }

    func testHeadingIDsAvoidTheIDsOfThePageAroundTheBody() {
        let renderer = MarkdownRenderer(options: .site(japanese: true, reservedIDs: ["main", "page-title"]))
        XCTAssertEqual(renderer.render("## main\n## Main\n## page title"), """
        <h2 id="main-1">main</h2>
        <h2 id="main-2">Main</h2>
        <h2 id="page-title-1">page title</h2>

        """)
    }
}
