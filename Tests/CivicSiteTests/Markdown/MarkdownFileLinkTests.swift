import XCTest
@testable import CivicSite

/// The hook by which bodies link the files beside their record.
final class MarkdownFileLinkTests: XCTestCase {
    let renderer = MarkdownRenderer(options: .site(japanese: true))
    let files = MarkdownFileLinks { name, isImage in
        guard name == "photo.jpg" || name == "チラシ.pdf" else { return nil }
        return MarkdownLocalFile(url: "/e/files/" + (isImage ? "photo.jpg" : "chirashi.pdf"), width: isImage ? 40 : nil,
                                 height: isImage ? 30 : nil, linkSuffix: isImage ? "" : "（PDF：1.2MB）")
    }

    func testFilesGetTheirURLSizeAndFormatAndEveryReferenceIsANotice() {
        let (html, notices) = renderer.renderWithNotices("""
        写真 ![会員の集合写真](photo.jpg "題") と
        [チラシ<b>](チラシ.pdf#page=2)、[地図](map.png)。
        """, files: files)
        XCTAssertEqual(html, """
        <p>写真 <img src="/e/files/photo.jpg" alt="会員の集合写真" title="題" width="40" height="30" loading="lazy" decoding="async" /> と
        <a href="/e/files/chirashi.pdf#page=2">チラシ&lt;b&gt;（PDF：1.2MB）</a>、<a href="map.png">地図</a>。</p>

        """)
        XCTAssertEqual(notices.map { "\($0.line):\($0.column) \($0.kind) \($0.linked) \($0.leftOver)" }, [
            "1:4 fileImage photo.jpg 会員の集合写真", "2:1 fileLink チラシ.pdf チラシ", "2:26 fileLink map.png 地図",
        ])
    }

    func testAddressesAnchorsPagesAndSitePathsAreNotFiles() {
        let (html, notices) = renderer.renderWithNotices("""
        [a](https://example.jp/x.pdf) [b](#part) [c](../sakura/) [d](/groups/x.html) [e](mailto:a@example.jp) ![f](https://example.jp/p.png)
        """, files: files)
        XCTAssertEqual(notices, [])
        XCTAssertTrue(html.contains("<img src=\"https://example.jp/p.png\" alt=\"f\" loading=\"lazy\" decoding=\"async\" />"),
                      "a picture from elsewhere loads lazily too, without a size we cannot know: \(html)")
    }

    func testAnImageAlwaysNamesAFileEvenOneThatLeavesTheFolder() {
        let (_, notices) = renderer.renderWithNotices("![x](../a.jpg) ![y](/b.jpg) ![z](photo)\n\n| a |\n| - |\n| ![](photo.jpg) |\n", files: files)
        XCTAssertEqual(notices.map { "\($0.line):\($0.column) \($0.linked)" }, ["1:1 ../a.jpg", "1:16 /b.jpg", "1:29 photo", "5:3 photo.jpg"])
    }

    func testWithoutFilesTheOutputIsTheSameAsBefore() {
        let text = "![a](photo.jpg) [b](チラシ.pdf)\n"
        XCTAssertEqual(renderer.renderWithNotices(text).html, renderer.render(text))
        XCTAssertEqual(renderer.renderWithNotices(text).notices, [])
        XCTAssertEqual(renderer.render(text), "<p><img src=\"photo.jpg\" alt=\"a\" /> <a href=\"%E3%83%81%E3%83%A9%E3%82%B7.pdf\">b</a></p>\n")
    }
}
