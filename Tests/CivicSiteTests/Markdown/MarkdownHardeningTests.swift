import XCTest
@testable import CivicSite

/// What the super-linear fixes must not change. The limits on tables and
/// nesting are in `MarkdownLimitTests`.
final class MarkdownHardeningTests: XCTestCase {
    let site = MarkdownRenderer(options: .site(japanese: true))
    let spec = MarkdownRenderer(options: .spec)

    func testBlankLinesInsideDeepContainersKeepTheirMeaning() {
        // Blank `>` lines between items still make the quoted list loose.
        XCTAssertEqual(spec.render("> - a\n>\n>\n> - b\n"),
                       "<blockquote>\n<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n</blockquote>\n")
        // Blank lines stay inside a fence opened in a nested item.
        // (Expected outputs as cmark 0.30 gives them.)
        XCTAssertEqual(spec.render("- - ```\n\n\n    x\n    ```\n- b\n"),
                       "<ul>\n<li>\n<ul>\n<li>\n<pre><code>\n\nx\n</code></pre>\n</li>\n</ul>\n</li>\n<li>b</li>\n</ul>\n")
        // Spaces on a blank line inside indented code in a nested item are kept beyond the indentation.
        XCTAssertEqual(spec.render("- - a\n\n          x\n            \n          y\n"),
                       "<ul>\n<li>\n<ul>\n<li>\n<p>a</p>\n<pre><code>  x\n    \n  y\n</code></pre>\n</li>\n</ul>\n</li>\n</ul>\n")
    }

    func testListsNestedByIndentation() {
        let md = (0..<4).map { String(repeating: "  ", count: $0) + "- \($0)\n" }.joined()
        XCTAssertEqual(spec.render(md),
                       "<ul>\n<li>0\n<ul>\n<li>1\n<ul>\n<li>2\n<ul>\n<li>3</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n")
    }
}
