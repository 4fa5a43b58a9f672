import XCTest
@testable import CivicSite

/// Bare URLs and e-mail addresses in bodies written in Japanese (site mode
/// with the Japanese rules); `MarkdownExtensionTests` has GFM's own rules.
final class MarkdownBareLinkTests: XCTestCase {
    let site = MarkdownRenderer(options: .site(japanese: true))
    let english = MarkdownRenderer(options: .site(japanese: false))

    func link(_ url: String) -> String {
        "<a href=\"\(url)\" rel=\"noopener\">\(url)</a>"
    }

    func testURLsAfterColonsAndJapaneseText() {
        XCTAssertEqual(site.render("URL:https://example.jp/a"), "<p>URL:\(link("https://example.jp/a"))</p>\n")
        XCTAssertEqual(site.render("URL：https://example.jp/a"), "<p>URL：\(link("https://example.jp/a"))</p>\n")
        XCTAssertEqual(site.render("HP:http://example.jp"), "<p>HP:\(link("http://example.jp"))</p>\n")
        XCTAssertEqual(site.render("ホームページ：https://example.jp/"), "<p>ホームページ：\(link("https://example.jp/"))</p>\n")
        XCTAssertEqual(site.render("問い合わせ先：https://example.jp/form です"),
                       "<p>問い合わせ先：\(link("https://example.jp/form")) です</p>\n")
        XCTAssertEqual(site.render("詳細はhttps://example.jp/をご覧ください"),
                       "<p>詳細は\(link("https://example.jp/"))をご覧ください</p>\n")
        XCTAssertEqual(site.render("（https://example.jp/a）"), "<p>（\(link("https://example.jp/a"))）</p>\n")
        XCTAssertEqual(site.render("\"https://example.jp/a\""), "<p>&quot;\(link("https://example.jp/a"))&quot;</p>\n")
    }

    func testURLsAfterLettersAndDigitsStayText() {
        XCTAssertEqual(site.render("xhttps://example.jp"), "<p>xhttps://example.jp</p>\n")
        XCTAssertEqual(site.render("1https://example.jp"), "<p>1https://example.jp</p>\n")
    }

    func testGFMTrailingPunctuationAndJapaneseEnds() {
        XCTAssertEqual(site.render("見てね:https://example.jp/a?b=1."), "<p>見てね:\(link("https://example.jp/a?b=1")).</p>\n")
        XCTAssertEqual(site.render("https://example.jp/a)。"), "<p>\(link("https://example.jp/a")))。</p>\n")
        XCTAssertEqual(site.render("https://example.jp/a_(b)です"), "<p>\(link("https://example.jp/a_(b)"))です</p>\n")
        XCTAssertEqual(site.render("https://example.jp。"), "<p>\(link("https://example.jp"))。</p>\n")
    }

    func testNotInsideLinksOrCode() {
        XCTAssertEqual(site.render("[HP:https://a.example](/x) `URL:https://b.example` <https://c.example>"),
                       "<p><a href=\"/x\">HP:https://a.example</a> <code>URL:https://b.example</code> \(link("https://c.example"))</p>\n")
        XCTAssertEqual(site.render("[mail info@example.jp](/x) `info@example.jp`"),
                       "<p><a href=\"/x\">mail info@example.jp</a> <code>info@example.jp</code></p>\n")
    }

    func testWWWAloneIsNotLinked() {
        XCTAssertEqual(site.render("www.example.jp をご覧ください"), "<p>www.example.jp をご覧ください</p>\n")
        XCTAssertEqual(site.render("see www.city.example.jp/npo, thanks"), "<p>see www.city.example.jp/npo, thanks</p>\n")
        XCTAssertEqual(site.render("https://www.example.jp"), "<p>\(link("https://www.example.jp"))</p>\n")
        // Without the Japanese rules GFM's www autolinks stay.
        XCTAssertEqual(english.render("see www.example.jp"),
                       "<p>see <a href=\"http://www.example.jp\" rel=\"noopener\">www.example.jp</a></p>\n")
    }

    func testEmailAddresses() {
        let mail = "<a href=\"mailto:info@example.jp\">info@example.jp</a>"
        XCTAssertEqual(site.render("info@example.jp"), "<p>\(mail)</p>\n")
        XCTAssertEqual(site.render("メール：info@example.jp まで"), "<p>メール：\(mail) まで</p>\n")
        XCTAssertEqual(site.render("メールinfo@example.jpまで"), "<p>メール\(mail)まで</p>\n")
        XCTAssertEqual(site.render("info@example.jp。"), "<p>\(mail)。</p>\n")
        XCTAssertEqual(site.render("（info@example.jp）"), "<p>（\(mail)）</p>\n")
        XCTAssertEqual(site.render("info@example.jp."), "<p>\(mail).</p>\n")
        XCTAssertEqual(site.render("a.b-c_d+e@sub.example-x.jp"),
                       "<p><a href=\"mailto:a.b-c_d+e@sub.example-x.jp\">a.b-c_d+e@sub.example-x.jp</a></p>\n")
    }

    func testNotEmailAddresses() {
        XCTAssertEqual(site.render("a.b-c_d@a.b-"), "<p>a.b-c_d@a.b-</p>\n")
        XCTAssertEqual(site.render("a.b-c_d@a.b_"), "<p>a.b-c_d@a.b_</p>\n")
        XCTAssertEqual(site.render("info@localhost"), "<p>info@localhost</p>\n")
        XCTAssertEqual(site.render("@example.jp"), "<p>@example.jp</p>\n")
        XCTAssertEqual(site.render("info@example..jp"), "<p>info@example..jp</p>\n")
        XCTAssertEqual(english.render("info@example.jp"), "<p>info@example.jp</p>\n")
    }

    func testURLWithAnAtSignStaysOneLink() {
        XCTAssertEqual(site.render("https://example.jp/u@example.jp"), "<p>\(link("https://example.jp/u@example.jp"))</p>\n")
        XCTAssertEqual(site.render("https://example.jp info@example.jp"),
                       "<p>\(link("https://example.jp")) <a href=\"mailto:info@example.jp\">info@example.jp</a></p>\n")
    }
}
