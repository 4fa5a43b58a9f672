import XCTest
@testable import CivicSite

/// The cell limit of a table and the nesting limit of quotes and lists:
/// what stops being a table or a container stays visible as text, and a
/// notice says where.
final class MarkdownLimitTests: XCTestCase {
    let site = MarkdownRenderer(options: .site(japanese: true))
    let english = MarkdownRenderer(options: .site(japanese: false))
    let spec = MarkdownRenderer(options: .spec)

    private func count(_ needle: String, in html: String) -> Int {
        html.components(separatedBy: needle).count - 1
    }

    private func table(columns: Int, rows: [String]) -> String {
        String(repeating: "|a", count: columns) + "|\n" + String(repeating: "|-", count: columns) + "|\n"
            + rows.joined()
    }

    func testTheLimitIsTenThousandCells() {
        XCTAssertEqual(MarkdownRenderer.maxTableCells, 10_000)
        XCTAssertEqual(MarkdownOptions.defaultNestingLimit, 32)
        XCTAssertEqual(MarkdownOptions.site(japanese: true).nestingLimit, 32)
        XCTAssertNil(MarkdownOptions.spec.nestingLimit)
    }

    /// 100 columns: the header and 99 rows make 10,000 cells, still a table;
    /// the next line would pass the limit and starts a paragraph that takes
    /// the table's remaining lines.
    func testShortRowsCountAsPaddedAndTheRestIsText() {
        let md = table(columns: 100, rows: Array(repeating: "|b|\n", count: 120))
        let (html, notices) = site.renderWithNotices(md)
        XCTAssertEqual(count("<tr>", in: html), 100)
        XCTAssertEqual(count("<td></td>", in: html), 99 * 99)
        let rest = Array(repeating: "|b|", count: 21).joined(separator: "\n")
        XCTAssertTrue(html.hasSuffix("</tbody>\n</table>\n<p>\(rest)</p>\n"), String(html.suffix(80)))
        XCTAssertEqual(notices, [MarkdownNotice(kind: .tableTooLarge, line: 102, column: 1, columns: 100, limit: 10_000)])
    }

    /// Padding was where the cost hid: 4,097 columns and one-cell rows.
    /// Now only one row fits, and the HTML stays small.
    func testAWideHeaderCannotMultiplyShortRows() {
        let md = table(columns: 4_097, rows: Array(repeating: "|b|\n", count: 4_000))
        let (html, notices) = site.renderWithNotices(md)
        XCTAssertEqual(count("<tr>", in: html), 2)
        XCTAssertLessThan(html.utf8.count, 120_000)
        XCTAssertEqual(notices.map(\.line), [4])
    }

    func testFullRowsCountToo() {
        let row = String(repeating: "|c", count: 300) + "|\n"
        let md = table(columns: 300, rows: Array(repeating: row, count: 400))
        let (html, notices) = site.renderWithNotices(md)
        // 33 × 300 = 9,900 cells; a 34th row would make 10,200.
        XCTAssertEqual(count("<tr>", in: html), 33)
        XCTAssertEqual(notices.map(\.line), [2 + 32 + 1])
    }

    func testAHeaderWiderThanTheLimitMakesNoTable() {
        let md = table(columns: 10_001, rows: ["|b|\n"])
        let (html, notices) = site.renderWithNotices(md)
        XCTAssertFalse(html.contains("<table>"))
        XCTAssertTrue(html.hasPrefix("<p>|a|a|"))
        XCTAssertEqual(notices, [MarkdownNotice(kind: .tableTooLarge, line: 2, column: 1, columns: 10_001, limit: 10_000)])
        // Exactly at the limit, the header alone is a table.
        XCTAssertTrue(site.render(table(columns: 10_000, rows: [])).contains("<table>"))
    }

    func testTablesAtTheLimitGiveNoNotice() {
        let md = table(columns: 2, rows: Array(repeating: "|c|d|\n", count: 4_999))
        let (html, notices) = site.renderWithNotices(md)
        XCTAssertEqual(count("<tr>", in: html), 5_000)
        XCTAssertEqual(notices, [])
    }

    /// The line after the table that is something else (a heading, a blank
    /// line) ends the table as always: no notice.
    func testALineThatIsNoRowAnywayGivesNoNotice() {
        let full = table(columns: 2, rows: Array(repeating: "|c|d|\n", count: 4_999))
        XCTAssertEqual(site.renderWithNotices(full + "# 見出し\n").notices, [])
        XCTAssertEqual(site.renderWithNotices(full + "\nあと\n").notices, [])
        XCTAssertEqual(site.renderWithNotices(full + "- 項目\n").notices, [])
    }

    func testTableNoticesInEveryModeWithTablesAndAtTheirColumn() {
        let quoted = "> |a|b|\n> |-|-|\n" + String(repeating: "> |c|d|\n", count: 5_000)
        XCTAssertEqual(english.renderWithNotices(quoted).notices,
                       [MarkdownNotice(kind: .tableTooLarge, line: 5_002, column: 3, columns: 2, limit: 10_000)])
        // Without extensions there are no tables, so no limit either.
        XCTAssertEqual(spec.renderWithNotices(quoted).notices, [])
    }

    /// GFM drops the cells of a row past the table's columns; the page
    /// still does, but not silently: one notice per table, at its first such row.
    func testCellsPastTheLastColumnAreNoticed() {
        let md = "| 日付 | 場所 |\n|---|---|\n| 4月1日 | 公民館 | 10時から |\n| 4月2日 | 図書館 |\n| a | b | c | d |\n"
        let (html, notices) = site.renderWithNotices(md)
        XCTAssertFalse(html.contains("10時から"))
        XCTAssertEqual(notices, [MarkdownNotice(kind: .rowTooWide, line: 3, column: 1, columns: 2, cells: 3, rows: 2)])
        XCTAssertEqual(english.renderWithNotices("> |a|b|\n> |-|-|\n> |1|2|3|\n").notices,
                       [MarkdownNotice(kind: .rowTooWide, line: 3, column: 3, columns: 2, cells: 3, rows: 1)])
    }

    func testEmptyCellsPastTheLastColumnAndEscapedPipesAreNoLoss() {
        XCTAssertEqual(site.renderWithNotices("|a|b|\n|-|-|\n|1|2| |\n|1|2|||\n").notices, [])
        XCTAssertEqual(site.renderWithNotices("|a|b|\n|-|-|\n|1|2 \\| 3|\n").notices, [])
    }

    func testEachTableIsNoticedOnce() {
        let table = "|a|b|\n|-|-|\n|1|2|3|\n|1|2|3|\n"
        XCTAssertEqual(site.renderWithNotices(table + "\n" + table).notices.map { [$0.line, $0.rows] }, [[3, 2], [8, 2]])
    }

    func testQuotesPastTheLimitAreText() {
        let (html, notices) = site.renderWithNotices(String(repeating: ">", count: 40) + " a\n")
        XCTAssertEqual(count("<blockquote>", in: html), 32)
        XCTAssertTrue(html.contains("<p>" + String(repeating: "&gt;", count: 8) + " a</p>"), html)
        XCTAssertEqual(notices, [MarkdownNotice(kind: .nestingTooDeep, line: 1, column: 33, limit: 32)])
    }

    func testListsAndQuotesCountTogether() {
        let md = String(repeating: "> - ", count: 20) + "a\n"
        let (html, notices) = site.renderWithNotices(md)
        XCTAssertEqual(count("<blockquote>", in: html) + count("<li>", in: html), 32)
        // 16 pairs make 32 levels; the 17th `>` is where text starts.
        XCTAssertEqual(notices.map(\.column), [16 * 4 + 1])
        XCTAssertTrue(html.contains("&gt; - &gt; - &gt; - &gt; - a"), html)
    }

    func testNestingAtTheLimitGivesNoNotice() {
        let (html, notices) = site.renderWithNotices(String(repeating: "- ", count: 32) + "a\n")
        XCTAssertEqual(count("<li>", in: html), 32)
        XCTAssertEqual(notices, [])
    }

    /// One notice for a run of lines past the limit, one more for each later run.
    func testOneNoticePerRunOfLines() {
        let deep = String(repeating: ">", count: 33) + " a\n"
        let md = deep + deep + deep + "\nふつうの段落\n\n" + deep
        XCTAssertEqual(site.renderWithNotices(md).notices.map(\.line), [1, 7])
    }

    func testSpecModeHasNoNestingLimit() {
        let (html, notices) = spec.renderWithNotices(String(repeating: ">", count: 40) + " a\n")
        XCTAssertEqual(count("<blockquote>", in: html), 40)
        XCTAssertEqual(notices, [])
    }

    /// The point of the limit: a 1 MB body of nothing but markers costs
    /// what text does (the benchmark scripts measure the speed itself; this
    /// only checks the shape of the result).
    func testAMegabyteOfMarkersIsText() {
        let (html, notices) = site.renderWithNotices(String(repeating: "- ", count: 500_000) + "a\n")
        XCTAssertEqual(count("<li>", in: html), 32)
        XCTAssertEqual(notices.count, 1)
    }
}
