import XCTest
@testable import CivicSite

final class SiteConfigDecoderTests: XCTestCase {
    private let path = "content/site.yml"

    private func decode(_ text: String) -> DecodingResult<SiteConfig> {
        SiteConfigDecoder.decode(DecodingTestNodes.parse(text, file: path, firstLine: 1), path: path)
    }

    private let valid = """
        title: みどり市市民活動センター
        city: みどり市
        base_url: https://www.example.jp/shimin
        centre:
          name: みどり市市民活動センター
          address: みどり市中央1-2-3
          phone: 000-000-0000
          email: center@example.jp
          hours: 9:00〜21:00
        """

    func testBaseURLGetsATrailingSlashAndDefaultsApply() throws {
        let result = decode(valid)
        assertDiagnostics(result.diagnostics, "")
        let config = try XCTUnwrap(result.record)
        XCTAssertEqual(config.baseURL, "https://www.example.jp/shimin/")
        XCTAssertEqual(config.basePath, "/shimin/")
        XCTAssertEqual(config.language, "ja")
        XCTAssertEqual(config.theme, "default")
        XCTAssertEqual(config.centre.hours, "9:00〜21:00")
    }

    func testMissingKeysOfTheCentreAreReportedAtTheCentre() {
        let result = decode(valid.replacingOccurrences(of: "  phone: 000-000-0000\n", with: "")
            .replacingOccurrences(of: "city: みどり市\n", with: ""))
        XCTAssertNil(result.record)
        assertDiagnostics(result.diagnostics, """
            content/site.yml:1:1: error: missing required key 'city'
                hint: add a line such as 'city: 〇〇市'
            content/site.yml:3:1: error: missing required key 'phone' in 'centre'
                hint: add a line such as 'phone: 000-000-0000'
            """)
    }

    func testBaseURLMustBeHTTP() {
        assertDiagnostics(decode(valid.replacingOccurrences(of: "https://www.example.jp/shimin", with: "/shimin/")).diagnostics, """
            content/site.yml:3:11: error: 'base_url' must be an absolute http or https url, found '/shimin/'
                hint: write the whole address, starting with https://
            """)
    }

    func testMissingCentre() {
        let text = valid.components(separatedBy: "\n").prefix(3).joined(separator: "\n")
        assertDiagnostics(decode(text).diagnostics, """
            content/site.yml:1:1: error: missing required key 'centre'
                hint: add a 'centre:' line followed by indented 'name:', 'address:', 'phone:', 'email:' and 'hours:' lines
            """)
    }
}
