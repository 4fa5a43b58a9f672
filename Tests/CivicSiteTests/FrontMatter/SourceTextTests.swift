import XCTest
import Foundation
@testable import CivicSite

/// Decoding file bytes: BOM, line endings, and non-UTF-8 files.
final class SourceTextTests: XCTestCase {
    let path = "content/groups/a.md"

    func decode(_ bytes: [UInt8]) -> Result<String, DiagnosticList> {
        SourceText.decode(Data(bytes), path: path)
    }

    func failure(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> String {
        guard case .failure(let list) = decode(bytes) else {
            XCTFail("expected a failure", file: file, line: line)
            return ""
        }
        XCTAssertEqual(list.items.count, 1, file: file, line: line)
        return list.description
    }

    func testUTF8PassesThrough() {
        XCTAssertEqual(try decode(Array("団体: 市民の会\n😀\n".utf8)).get(), "団体: 市民の会\n😀\n")
        XCTAssertEqual(try decode([]).get(), "")
    }

    func testByteOrderMarkIsStripped() {
        XCTAssertEqual(try decode([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)).get(), "a: 1\n")
    }

    func testLineEndingsBecomeLF() {
        XCTAssertEqual(try decode(Array("a\r\nb\rc\n\r\nd\r".utf8)).get(), "a\nb\nc\n\nd\n")
    }

    func testShiftJISIsNamedWithThePlaceOfTheFirstBadByte() {
        // "title: 日本" in Shift_JIS.
        let bytes: [UInt8] = Array("title: ".utf8) + [0x93, 0xFA, 0x96, 0x7B, 0x0A]
        XCTAssertEqual(failure(bytes), """
        \(path):1:8: error: file is not UTF-8; it looks like Shift_JIS (the first character that is not UTF-8 is on line 1, column 8)
            hint: save the file as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8; in VS Code: Reopen with Encoding → Japanese (Shift JIS), then Save with Encoding → UTF-8)
        """)
    }

    func testLineAndColumnCountCRLFOnceAndCharactersNotBytes() {
        // Line 2 is "名前: " (4 characters, 8 bytes) then a bad byte.
        let bytes: [UInt8] = Array("a: 1\r\n名前: ".utf8) + [0xFF, 0x0A]
        XCTAssertEqual(failure(bytes), """
        \(path):2:5: error: file is not valid UTF-8 (the first character that is not UTF-8 is on line 2, column 5)
            hint: retype the characters there and save the file as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)
        """)
        let lone: [UInt8] = Array("a\rb\r\r".utf8) + [0xC0, 0x80]
        XCTAssertTrue(failure(lone).hasPrefix("\(path):4:1: error: file is not valid UTF-8 (the first character that is not UTF-8 is on line 4, column 1)"))
    }

    func testMalformedUTF8Sequences() {
        // Overlong, surrogate, truncated, stray continuation, beyond U+10FFFF.
        // Valid UTF-8 ("é") before the bad bytes rules out Shift_JIS.
        for (bytes, column) in [([0xC0, 0x80], 3), ([0xED, 0xA0, 0x80], 3), ([0xE3, 0x81], 3),
                                ([0x80], 3), ([0xF4, 0x90, 0x80, 0x80], 3), ([0xE3, 0x81, 0x41], 3)] as [([UInt8], Int)] {
            let message = failure(Array("é ".utf8) + bytes)
            XCTAssertTrue(message.hasPrefix("\(path):1:\(column): error: file is not valid UTF-8"), message)
        }
    }

    func testDamagedUTF8IsNotCalledShiftJIS() {
        // E3 81 alone would be a plausible Shift_JIS pair.
        XCTAssertEqual(failure(Array("団体: 市民".utf8) + [0xE3, 0x81, 0x0A]), """
        \(path):1:7: error: file is not valid UTF-8 (the first character that is not UTF-8 is on line 1, column 7)
            hint: retype the characters there and save the file as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)
        """)
    }

    func testFoundationShiftJISOutputIsRecognised() throws {
        let text = "---\ntitle: 子ども食堂\nfield: まちづくり\n---\n本文\n"
        let data = try XCTUnwrap(text.data(using: .shiftJIS), "Shift_JIS encoding unavailable")
        guard case .failure(let list) = SourceText.decode(data, path: path) else { return XCTFail("decoded Shift_JIS as UTF-8") }
        XCTAssertTrue(list.description.hasPrefix("\(path):2:8: error: file is not UTF-8; it looks like Shift_JIS"), list.description)
    }

    func testUTF16IsRecognised() {
        XCTAssertEqual(failure([0xFF, 0xFE, 0x61, 0x00]), """
        \(path):1:1: error: file is saved as UTF-16, not UTF-8
            hint: save the file as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)
        """)
    }

    func testEUCJPIsNamed() {
        // "title: さくら" in EUC-JP.
        let bytes: [UInt8] = Array("---\ntitle: ".utf8) + [0xA4, 0xB5, 0xA4, 0xAF, 0xA4, 0xE9, 0x0A]
        XCTAssertTrue(failure(bytes).hasPrefix("\(path):2:8: error: file is not UTF-8; it looks like EUC-JP (the first character"))
        // Shift_JIS kana have lead bytes below A1, so they are not taken for EUC-JP.
        let shiftJIS: [UInt8] = Array("title: ".utf8) + [0x82, 0xB3, 0x82, 0xAD, 0x82, 0xE7]
        XCTAssertTrue(failure(shiftJIS).contains("it looks like Shift_JIS"))
    }

    func testUTF16WithoutAByteOrderMarkIsRecognised() {
        let bytes = Array("---\ntitle: x\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        XCTAssertTrue(failure(bytes).hasPrefix("\(path):1:1: error: file is saved as UTF-16, not UTF-8"))
        // A stray zero byte in UTF-8 text is not UTF-16.
        XCTAssertEqual(try decode(Array("title: さくら\n".utf8) + [0]).get(), "title: さくら\n\u{0}")
    }

    func testTheJapaneseMessageNamesLineAndColumn() throws {
        guard case .failure(let list) = decode(Array("title: ".utf8) + [0x93, 0xFA, 0x96, 0x7B, 0x0A]) else { return XCTFail() }
        let d = try XCTUnwrap(list.items.first)
        XCTAssertEqual(d.message(in: .ja), "ファイルの文字コードが UTF-8 ではありません。Shift_JIS で保存されているようです（最初に読めない文字は1行目の8文字目）")
        XCTAssertTrue(d.hint(in: .ja)?.contains("「名前を付けて保存」で文字コード（エンコード）を「UTF-8」") == true)
    }

    func testReadingAMissingFile() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-missing-\(UUID().uuidString).md")
        guard case .failure(let list) = SourceText.read(url, path: "content/x.md") else { return XCTFail("read a missing file") }
        XCTAssertEqual(list.description, "content/x.md:1:1: error: cannot read the file\n    hint: check that it exists and is readable")
    }
}
