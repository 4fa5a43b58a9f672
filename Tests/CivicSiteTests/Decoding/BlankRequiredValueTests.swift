import XCTest
@testable import CivicSite

/// A required text written in quotes but blank (`""`, `"　"`) is as empty as
/// no value: it would print an empty heading.
final class BlankRequiredValueTests: XCTestCase {
    private let groupPath = "content/groups/sakura.md"

    private let group = """
        title: さくら子ども食堂
        kana: さくらこどもしょくどう
        type: 任意団体
        fields: [children]
        summary: 地域の子どもに食事を届けています。
        """

    private func decodeGroup(_ text: String) -> DecodingResult<Group> {
        GroupDecoder.decode(DecodingTestNodes.document(groupPath, text))
    }

    func testQuotedBlankTextIsReportedAtTheValueLikeAnEmptyOne() {
        let result = decodeGroup(group.replacingOccurrences(of: "title: さくら子ども食堂", with: "title: \"\"")
            .replacingOccurrences(of: "kana: さくらこどもしょくどう", with: "kana: ''")
            .replacingOccurrences(of: "summary: 地域の子どもに食事を届けています。", with: "summary: \" \""))
        XCTAssertNil(result.record)
        assertDiagnostics(result.diagnostics, """
            content/groups/sakura.md:2:8: error: 'title' must not be empty
                hint: write a value, e.g. 'title: さくら子ども食堂'
            content/groups/sakura.md:3:7: error: 'kana' must not be empty
                hint: write a value, e.g. 'kana: さくらこどもしょくどう'
            content/groups/sakura.md:6:10: error: 'summary' must not be empty
                hint: write a value, e.g. 'summary: 地域の子どもに食事と居場所を届けています。'
            """)
    }

    func testTheIdeographicSpaceIsBlankToo() {
        let result = decodeGroup(group.replacingOccurrences(of: "title: さくら子ども食堂", with: "title: \"　\""))
        assertDiagnostics(result.diagnostics, """
            content/groups/sakura.md:2:8: error: 'title' must not be empty
                hint: write a value, e.g. 'title: さくら子ども食堂'
            """)
    }

    func testEventAndPageTitles() {
        let event = EventDecoder.decode(DecodingTestNodes.document("content/events/e.md",
                                                                   "title: \"\"\nstart: 2026-12-05\nsummary: 説明します。"))
        assertDiagnostics(event.diagnostics, """
            content/events/e.md:2:8: error: 'title' must not be empty
                hint: write a value, e.g. 'title: 子ども食堂ボランティア説明会'
            """)
        let page = PageDecoder.decode(DecodingTestNodes.document("content/pages/about.md", "title: '　 '"))
        assertDiagnostics(page.diagnostics, """
            content/pages/about.md:2:8: error: 'title' must not be empty
                hint: write a value, e.g. 'title: センターについて'
            """)
    }

    func testSiteSettingsAndTheCentre() {
        let text = """
            title: みどり市市民活動センター
            city: ""
            base_url: https://www.example.jp/
            centre:
              name: "　"
              address: みどり市中央1-2-3
              phone: 000-000-0000
              email: center@example.jp
              hours: 9:00〜21:00
            """
        let result = SiteConfigDecoder.decode(DecodingTestNodes.parse(text, file: "content/site.yml", firstLine: 1),
                                              path: "content/site.yml")
        XCTAssertNil(result.record)
        assertDiagnostics(result.diagnostics, """
            content/site.yml:2:7: error: 'city' must not be empty
                hint: write a value, e.g. 'city: 〇〇市'
            content/site.yml:5:9: error: 'centre.name' must not be empty
                hint: write a value, e.g. 'name: 〇〇市市民活動センター'
            """)
    }

    func testTextWithSpacesAroundIsKept() {
        let result = decodeGroup(group.replacingOccurrences(of: "title: さくら子ども食堂", with: "title: \" さくら \""))
        assertDiagnostics(result.diagnostics, "")
        XCTAssertEqual(result.record?.title, " さくら ")
    }
}
