import XCTest
@testable import CivicSite

/// `omitLeadingHeading`: a body that opens with the heading the page puts
/// above it does not show it twice.
final class MarkdownLeadingHeadingTests: XCTestCase {
    func render(_ markdown: String, omitting heading: String?) -> String {
        MarkdownRenderer(options: .site(japanese: true, omitLeadingHeading: heading)).render(markdown)
    }

    func testTheSameHeadingFirstIsDropped() {
        XCTAssertEqual(render("## 活動内容\n\n毎週土曜日に活動しています。\n", omitting: "活動内容"),
                       "<p>毎週土曜日に活動しています。</p>\n")
        XCTAssertEqual(render("# 　活動内容　\n本文", omitting: " 活動内容\n"), "<p>本文</p>\n")
        XCTAssertEqual(render("活動内容\n---\n本文", omitting: "活動内容"), "<p>本文</p>\n")
        XCTAssertEqual(render("### **活動**内容\n本文", omitting: "活動内容"), "<p>本文</p>\n")
        XCTAssertEqual(render("[r]: /u\n\n## 活動内容\n本文", omitting: "活動内容"), "<p>本文</p>\n")
    }

    func testTheDroppedHeadingTakesNoID() {
        XCTAssertEqual(render("## 活動内容\n## 活動内容\n", omitting: "活動内容"), "<h2 id=\"活動内容\">活動内容</h2>\n")
    }

    func testOtherHeadingsStay() {
        XCTAssertEqual(render("## 活動日時\n本文", omitting: "活動内容"), "<h2 id=\"活動日時\">活動日時</h2>\n<p>本文</p>\n")
        XCTAssertEqual(render("本文\n\n## 活動内容\n", omitting: "活動内容"), "<p>本文</p>\n<h2 id=\"活動内容\">活動内容</h2>\n")
        XCTAssertEqual(render("> ## 活動内容\n", omitting: "活動内容"),
                       "<blockquote>\n<h2 id=\"活動内容\">活動内容</h2>\n</blockquote>\n")
        XCTAssertEqual(render("## 活動内容\n", omitting: nil), "<h2 id=\"活動内容\">活動内容</h2>\n")
        XCTAssertEqual(render("## 活動内容について\n", omitting: "活動内容"), "<h2 id=\"活動内容について\">活動内容について</h2>\n")
    }

    func testOptionDefaults() {
        XCTAssertNil(MarkdownOptions.spec.omitLeadingHeading)
        XCTAssertNil(MarkdownOptions.site(japanese: true).omitLeadingHeading)
        XCTAssertEqual(MarkdownOptions.site(japanese: true, omitLeadingHeading: "活動内容").omitLeadingHeading, "活動内容")
    }
}
