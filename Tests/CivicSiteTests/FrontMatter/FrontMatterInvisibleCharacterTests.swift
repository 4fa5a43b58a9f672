import XCTest
@testable import CivicSite

/// Characters nobody can see, named where they break a `key: value` line,
/// with a hint that gives the typed value when applied as written.
final class FrontMatterInvisibleCharacterTests: XCTestCase {
    let path = "content/groups/a.md"

    func testSpacesThatAreNotSpacesAfterTheColon() {
        let cases: [(String, String)] = [
            ("\u{A0}", "a no-break space (U+00A0)"), ("\u{3000}", "a full-width space (U+3000)"),
            ("\u{200B}", "a zero-width space (U+200B)"), ("\u{2002}", "a special-width space (U+2002)"),
        ]
        for (space, name) in cases {
            XCTAssertEqual(FrontMatterCheck.error("area:\(space)本町地区\n"),
                           "\(path):1:6: error: 'area:\(space)本町地区' has \(name) after ':'\n    hint: write a half-width space after ':': 'area: 本町地区'",
                           name)
        }
        // The hint drops the look-alike and keeps the half-width space typed after it.
        XCTAssertEqual(FrontMatterCheck.error("area:\u{A0} 本町地区\n"),
                       "\(path):1:6: error: 'area:\u{A0} 本町地区' has a no-break space (U+00A0) after ':'\n    hint: write a half-width space after ':': 'area: 本町地区'")
    }

    func testJapaneseNamesOfTheCharacters() throws {
        let d = try XCTUnwrap(FrontMatterParser.parse("area:\u{A0}本町地区\n", file: path).diagnostics.first)
        XCTAssertEqual(d.message(in: .ja), "「area:\u{A0}本町地区」の「:」の後がノーブレークスペース（U+00A0）です")
        XCTAssertEqual(d.hint(in: .ja), "「:」の後を半角スペースにしてください: 「area: 本町地区」")
        XCTAssertEqual(Term.character("\t").ja, "タブ")
        XCTAssertEqual(Term.character("\u{FEFF}").ja, "見えない文字 BOM（U+FEFF）")
    }

    func testALongValueGetsAHintWithoutACutValue() {
        let value = String(repeating: "子ども食堂を開いています。", count: 4)
        XCTAssertEqual(FrontMatterCheck.error("summary:\u{3000}\(value)\n").components(separatedBy: "\n").last,
                       "    hint: write a half-width ':' followed by a space after 'summary'")
        XCTAssertEqual(FrontMatterCheck.error("summary:\(value)\n").components(separatedBy: "\n").last,
                       "    hint: write a half-width ':' followed by a space after 'summary'")
    }

    func testInvisibleCharactersInAKey() {
        XCTAssertEqual(FrontMatterCheck.errors("title\u{200B}: さくら\nkana\u{3000}: さくら\n"), [
            "\(path):1:6: error: the key 'title\u{200B}' contains a zero-width space (U+200B)\n    hint: retype the key as 'title'",
            "\(path):2:5: error: the key 'kana\u{3000}' contains a full-width space (U+3000)\n    hint: retype the key as 'kana'",
        ])
        // A full-width space inside a key may be meant.
        XCTAssertEqual(FrontMatterCheck.value("key\u{3000}name: x\n"), "{key\u{3000}name: \"x\"}")
    }

    func testAByteOrderMarkInTheMiddleOfTheFile() throws {
        XCTAssertEqual(FrontMatterCheck.errors("area: 本町\u{FEFF}地区\nb: \"\u{FEFF}\"\n"), [
            "\(path):1:9: error: a byte order mark (U+FEFF) in the middle of the file\n    hint: delete it by retyping the characters around it; it is often left when files are joined",
            "\(path):2:5: error: a byte order mark (U+FEFF) in the middle of the file\n    hint: delete it by retyping the characters around it; it is often left when files are joined",
        ])
        // At the start of a settings file it is the usual mark and ignored;
        // at the start of a content file's front matter it is not.
        XCTAssertEqual(FrontMatterCheck.value("\u{FEFF}a: 1\n"), "{a: 1}")
        let document = try FrontMatterDocument.split("---\n\u{FEFF}title: さくら\n---\n", path: path).get()
        XCTAssertEqual(document.parseFrontMatter(path: path).diagnostics.map(\.id), ["CS1196"])
    }
}
