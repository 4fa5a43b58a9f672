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

    /// The hint of the catalogue for a problem, in English.
    private func hint(_ text: String) -> String? {
        DecodingFormats.urlProblem(text).map { problem in
            Diagnostic.make(.notAWebAddress, at: .file("t"), ["key": "url", "value": .text(text)], hint: problem.hint).hint(in: .en) ?? ""
        }
    }

    func testURLAcceptsOnlyAbsoluteHTTP() {
        XCTAssertNil(DecodingFormats.urlProblem("https://www.example.jp/path?q=1#top"))
        XCTAssertNil(DecodingFormats.urlProblem("http://localhost:8080/"))
        for broken in ["https://ok.example/\njavascript:alert(1)", "https://example.jp/\r\nBEGIN:VEVENT", "https://example.jp/\u{7F}"] {
            XCTAssertEqual(DecodingFormats.urlProblem(broken), .controlCharacter)
            XCTAssertEqual(hint(broken), "remove the line break or control character from the address")
        }
        XCTAssertEqual(hint("javascript:alert(1)"),
                       "'javascript:' links are not allowed on a public page; link to a web page starting with https://")
        XCTAssertEqual(hint("JavaScript:alert(1)"),
                       "'javascript:' links are not allowed on a public page; link to a web page starting with https://")
        XCTAssertEqual(DecodingFormats.urlProblem("data:text/html,x"), .schemeNotAllowed("data"))
        XCTAssertEqual(hint("www.example.jp"), "did you mean 'https://www.example.jp'?")
        XCTAssertEqual(hint("//www.example.jp/a"), "did you mean 'https://www.example.jp/a'?")
        XCTAssertEqual(hint("センターのページ"), "write the whole address, starting with https://")
        XCTAssertEqual(hint("https:/example.jp"), "write it as 'https://…'")
        XCTAssertEqual(DecodingFormats.urlProblem("https://"), .noHostName)
        XCTAssertEqual(DecodingFormats.urlProblem("https://example.jp/a b"), .unsafeCharacters)
    }

    func testAddressesThatWouldChangeTheMailtoLink() {
        let harvest = "info?bcc=harvest%40evil.example&subject=x@example.jp"
        XCTAssertFalse(DecodingFormats.isEmail(harvest))
        XCTAssertEqual(DecodingFormats.mailtoChangingCharacter(harvest), "?")
        for (address, character) in [("a&b@example.jp", "&"), ("a%40b@example.jp", "%"), ("a#b@example.jp", "#"),
                                     ("a@example.jp,b@example.jp", ","), ("a@example.jp;b@example.jp", ";"),
                                     ("info @example.jp", " "), ("info\u{3000}@example.jp", "\u{3000}")] {
            XCTAssertFalse(DecodingFormats.isEmail(address), address)
            XCTAssertEqual(DecodingFormats.mailtoChangingCharacter(address), character, address)
        }
        XCTAssertTrue(DecodingFormats.isEmail("o'brien+news@example.jp"), "the signs a mailto keeps are still allowed")
    }

    func testCorporateNumberCheckDigit() {
        // 国税庁's published number is 7000012050002.
        XCTAssertEqual(DecodingFormats.corporateCheckDigit(base: [0, 0, 0, 0, 1, 2, 0, 5, 0, 0, 0, 2]), 7)
        XCTAssertEqual(DecodingFormats.corporateCheckDigit(base: Array(repeating: 0, count: 12)), 9)
        // Σ = 9 gives 9 − 0 = 9 as well: the digit is never 0.
        XCTAssertEqual(DecodingFormats.corporateCheckDigit(base: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9]), 9)
    }
}
