import XCTest
@testable import CivicSite

final class DecodingFormatsTests: XCTestCase {
    func testEmail() {
        XCTAssertTrue(DecodingFormats.isEmail("info@example.jp"))
        XCTAssertTrue(DecodingFormats.isEmail("first.last+tag@mail.example.co.jp"))
        for bad in ["info@example", "info example@example.jp", "@example.jp", "info@@example.jp", "info@.example.jp",
                    "田中@example.jp", ".info@example.jp", "info@exa_mple.jp"] {
            XCTAssertFalse(DecodingFormats.isEmail(bad), bad)
        }
    }

    func testURLAcceptsOnlyAbsoluteHTTP() {
        XCTAssertNil(DecodingFormats.urlProblem("https://www.example.jp/path?q=1#top"))
        XCTAssertNil(DecodingFormats.urlProblem("http://localhost:8080/"))
        for broken in ["https://ok.example/\njavascript:alert(1)", "https://example.jp/\r\nBEGIN:VEVENT", "https://example.jp/\u{7F}"] {
            XCTAssertEqual(DecodingFormats.urlProblem(broken), "remove the line break or control character from the address")
        }
        XCTAssertEqual(DecodingFormats.urlProblem("javascript:alert(1)"),
                       "'javascript:' links are not allowed on a public page; link to a web page starting with https://")
        XCTAssertEqual(DecodingFormats.urlProblem("JavaScript:alert(1)"),
                       "'javascript:' links are not allowed on a public page; link to a web page starting with https://")
        XCTAssertNotNil(DecodingFormats.urlProblem("data:text/html,x"))
        XCTAssertEqual(DecodingFormats.urlProblem("www.example.jp"), "did you mean 'https://www.example.jp'?")
        XCTAssertEqual(DecodingFormats.urlProblem("https:/example.jp"), "write it as 'https://…'")
        XCTAssertNotNil(DecodingFormats.urlProblem("https://"))
        XCTAssertNotNil(DecodingFormats.urlProblem("https://example.jp/a b"))
    }

    func testCorporateNumberCheckDigit() {
        // 国税庁's published number is 7000012050002.
        XCTAssertEqual(DecodingFormats.corporateCheckDigit(base: [0, 0, 0, 0, 1, 2, 0, 5, 0, 0, 0, 2]), 7)
        XCTAssertEqual(DecodingFormats.corporateCheckDigit(base: Array(repeating: 0, count: 12)), 9)
        // Σ = 9 gives 9 − 0 = 9 as well: the digit is never 0.
        XCTAssertEqual(DecodingFormats.corporateCheckDigit(base: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9]), 9)
    }
}
