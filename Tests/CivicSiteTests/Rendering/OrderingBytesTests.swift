@testable import CivicSite
import XCTest

/// Bytes that sort as `String`'s `<` does, for the 五十音 index.
final class OrderingBytesTests: XCTestCase {
    let texts = [
        "さくら", "さくらの会", "サクラ", "ｻｸﾗ", "が", "か\u{3099}", "かき", "か", "ゝ", "\u{FA11}", "\u{5D0E}",
        "é", "e\u{301}", "ｅ", "A", "a", "Z", "ー", "〜", "あ\u{0}み", "あ", "漢字", "𠮷野家", "ㇰ", "한", "\u{1100}\u{1161}",
    ]

    func testBytesSortAsStringsDo() {
        for a in texts {
            for b in texts {
                let bytes = OrderingBytes.of(a).lexicographicallyPrecedes(OrderingBytes.of(b))
                XCTAssertEqual(bytes, a < b, "\(a.unicodeScalars.map { String($0.value, radix: 16) }) < \(b.unicodeScalars.map { String($0.value, radix: 16) })")
                XCTAssertEqual(OrderingBytes.of(a) == OrderingBytes.of(b), a == b, "\(a) == \(b)")
            }
        }
    }

    func testOnlyTextsNFCLeavesAloneSkipTheNormalization() {
        XCTAssertTrue(OrderingBytes.isComposed("ひまわり子ども食堂（ＮＰＯ）ｻｸﾗ"))
        XCTAssertFalse(OrderingBytes.isComposed("か\u{3099}"), "a combining sound mark joins the kana before it")
        XCTAssertFalse(OrderingBytes.isComposed("\u{FA11}"), "a compatibility ideograph becomes another")
        XCTAssertFalse(OrderingBytes.isComposed("e\u{301}"))
    }
}
