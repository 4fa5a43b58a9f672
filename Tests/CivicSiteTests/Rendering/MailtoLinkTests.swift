import XCTest
@testable import CivicSite

/// E-mail links carry exactly the one recipient they show.
final class MailtoLinkTests: XCTestCase {
    func testPlainAddressesAreKept() {
        XCTAssertEqual(MailtoLink.href("center@example.jp"), "mailto:center@example.jp")
        XCTAssertEqual(MailtoLink.href("o'brien+news@example.jp"), "mailto:o'brien+news@example.jp")
    }

    func testWhatWouldChangeTheLinkIsEncoded() {
        XCTAssertEqual(MailtoLink.href("info?bcc=x%40evil.example&subject=hi@example.jp"),
                       "mailto:info%3Fbcc%3Dx%2540evil.example%26subject%3Dhi@example.jp")
        XCTAssertEqual(MailtoLink.href("a,b;c#d e@example.jp"), "mailto:a%2Cb%3Bc%23d%20e@example.jp")
        XCTAssertEqual(MailtoLink.href("田中@example.jp"), "mailto:%E7%94%B0%E4%B8%AD@example.jp")
    }

    func testTheDefaultThemeUsesTheEncodedLink() throws {
        for path in ["themes/default/partials/footer.mustache", "themes/default/layouts/group.mustache"] {
            let text = try String(contentsOf: TestPaths.projectRoot.appendingPathComponent(path), encoding: .utf8)
            XCTAssertFalse(text.contains("mailto:{{"), "\(path) builds a mailto: link from the raw address")
            XCTAssertTrue(text.contains("mailto}}"), path)
        }
    }
}
