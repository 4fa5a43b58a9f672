import XCTest
@testable import CivicSite

final class PercentEncodingTests: XCTestCase {
    func testEncodesEverythingButTheUnreservedCharacters() {
        XCTAssertEqual(PercentEncoding.query("AZaz09-._~"), "AZaz09-._~")
        XCTAssertEqual(PercentEncoding.query("a b&c=d/e?f#g+h%"), "a%20b%26c%3Dd%2Fe%3Ff%23g%2Bh%25")
        XCTAssertEqual(PercentEncoding.query("川端町1-2"), "%E5%B7%9D%E7%AB%AF%E7%94%BA1-2")
        XCTAssertEqual(PercentEncoding.query("\n"), "%0A")
        XCTAssertEqual(PercentEncoding.query(""), "")
    }

    func testAgreesWithFoundationOnTheUnreservedSet() {
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let samples = ["〒150-0001 渋谷区神宮前1丁目", "javascript:alert('x')", "é\u{0301}😀", "100% & <b>"]
        for text in samples {
            XCTAssertEqual(PercentEncoding.query(text), text.addingPercentEncoding(withAllowedCharacters: unreserved), text)
        }
    }
}
