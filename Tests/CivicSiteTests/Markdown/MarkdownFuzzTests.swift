import XCTest
@testable import CivicSite

/// Random documents built from Markdown's significant fragments: rendering
/// must never crash, must be deterministic, and safe mode must stay inert
/// whatever the mix.
final class MarkdownFuzzTests: XCTestCase {
    static let fragments: [String] = [
        "*", "_", "**", "__", "~", "~~", "[", "]", "(", ")", "![", "<", ">", "`", "``", "```", "~~~", "\n", "\n\n",
        " ", "  ", "    ", "\t", "- ", "* ", "+ ", "1. ", "2) ", "> ", "# ", "###### ", "|", "| - |", "---", "===",
        "\\", "&amp;", "&#x41;", "&#", "&bogus;", "a", "word", "日本語", "「", "」", "【", "】", "。", "http://x.example",
        "https://y.example/p_(q)", "www.z.example", "<div>", "</div>", "<!--", "-->", "<?", "?>", "<![CDATA[", "]]>",
        "<script>", "</script>", "<a href=\"javascript:x\">", " onclick=\"x\"", "javascript:alert(1)", "data:text/html,x",
        "jav&#x09;ascript:", ":", "\"", "'", "\r", "\r\n", "\u{0}", "[a]: /u", "[a]", "[a][]", "(/u \"t\")", "<http://a.b>",
        "<a@b.c>", "`code`", "é", "\u{3000}", "　", "🙂",
        "・", "･", "※", "１．", "（1）", "①", "URL:", "：", "info@example.jp", "https://example.jp/wiki/", "東京",
    ]

    /// A small deterministic generator (64-bit LCG), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    func testRandomDocumentsRenderSafely() {
        var random = Generator(state: 20260401)
        let renderers = [MarkdownRenderer(options: .spec), MarkdownRenderer(options: .site(japanese: true)),
                         MarkdownRenderer(options: .site(japanese: false))]
        for round in 0..<3000 {
            var doc = ""
            for _ in 0..<(1 + random.next(60)) { doc += Self.fragments[random.next(Self.fragments.count)] }
            for (index, renderer) in renderers.enumerated() {
                let html = renderer.render(doc)
                XCTAssertEqual(html, renderer.render(doc), "not deterministic, round \(round)")
                // Recording positions for notices must not change the HTML, and
                // every notice must point into the document.
                let (noticedHTML, notices) = renderer.renderWithNotices(doc)
                XCTAssertEqual(noticedHTML, html, "round \(round): \(doc.debugDescription)")
                let lines = doc.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                for notice in notices {
                    XCTAssertTrue(notice.line >= 1 && notice.line <= lines.count, "round \(round): \(notice)")
                    guard notice.line >= 1 && notice.line <= lines.count else { continue }
                    let line = Array(lines[notice.line - 1].unicodeScalars)
                    let at = String(String.UnicodeScalarView(line.dropFirst(notice.column - 1)))
                    // `linked` has entities decoded; the URL itself starts with its scheme.
                    XCTAssertTrue(at.lowercased().hasPrefix(String(notice.linked.prefix(4)).lowercased()),
                                  "round \(round): \(doc.debugDescription) \(notice)")
                }
                if index > 0 {
                    let problems = MarkdownHTMLInspector.problems(in: html)
                    XCTAssertEqual(problems, [], "round \(round): \(doc.debugDescription) -> \(html)")
                }
            }
        }
    }
}
