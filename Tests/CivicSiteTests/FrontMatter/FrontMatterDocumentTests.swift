import XCTest
import Foundation
@testable import CivicSite

/// Splitting a content file into front matter and body.
final class FrontMatterDocumentTests: XCTestCase {
    let path = "content/groups/a.md"

    func split(_ text: String) -> Result<FrontMatterDocument, DiagnosticList> {
        FrontMatterDocument.split(text, path: path)
    }

    func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        guard case .failure(let list) = split(text) else {
            XCTFail("expected a failure", file: file, line: line)
            return ""
        }
        return list.description
    }

    func testSplitsFrontMatterAndBody() throws {
        let document = try split("---\ntitle: 会\ntags: [a]\n---\n# 見出し\n\n本文\n").get()
        XCTAssertEqual(document, FrontMatterDocument(frontMatter: "title: 会\ntags: [a]\n", frontMatterFirstLine: 2,
                                                     body: "# 見出し\n\n本文\n", bodyFirstLine: 5))
    }

    func testOpeningMayHaveTrailingBlanks() throws {
        let document = try split("---  \t\na: 1\n---\nbody").get()
        XCTAssertEqual(document.frontMatter, "a: 1\n")
        XCTAssertEqual(document.body, "body")
        XCTAssertEqual(document.bodyFirstLine, 4)
    }

    /// The contract allows only `---`; a `...` line is reported, not taken
    /// as the end (see FrontMatterStaffMistakeTests).
    func testDotsDoNotCloseTheFrontMatter() {
        XCTAssertEqual(failure("---\na: 1\n...\nbody"),
                       "\(path):3:1: error: a document end marker ('...') cannot end the front matter\n    hint: write '---' instead of '...'")
    }

    func testEmptyFrontMatterAndEmptyBody() throws {
        XCTAssertEqual(try split("---\n---\n").get(),
                       FrontMatterDocument(frontMatter: "", frontMatterFirstLine: 2, body: "", bodyFirstLine: 3))
        XCTAssertEqual(try split("---\na: 1\n---").get(),
                       FrontMatterDocument(frontMatter: "a: 1\n", frontMatterFirstLine: 2, body: "", bodyFirstLine: 4))
    }

    func testOnlyTheFirstClosingLineCounts() throws {
        let document = try split("---\na: 1\n---\nbody\n---\nmore\n").get()
        XCTAssertEqual(document.body, "body\n---\nmore\n")
    }

    func testMissingOpening() {
        let expected = "\(path):1:1: error: missing front matter: the first line must be '---'\n    hint: start the file with a '---' line, then the 'key: value' lines, then another '---' line"
        XCTAssertEqual(failure("title: x\n---\n"), expected)
        XCTAssertEqual(failure(""), expected)
        XCTAssertEqual(failure("----\na: 1\n---\n"), expected)
        XCTAssertEqual(failure(" ---\na: 1\n---\n"), expected)
    }

    func testMissingClosing() {
        XCTAssertEqual(failure("---\ntitle: x\nkana: えっくす\n"),
                       "\(path):1:1: error: front matter is not closed: no '---' line after the opening '---'\n    hint: add a line with only '---' after line 3, the last 'key: value' line")
        XCTAssertEqual(failure("---\n"),
                       "\(path):1:1: error: front matter is not closed: no '---' line after the opening '---'\n    hint: write the 'key: value' lines after the opening '---', then a line with only '---'")
        XCTAssertEqual(failure("---\ntitle: x\n--- \nbody\n"),
                       "\(path):1:1: error: front matter is not closed: no '---' line after the opening '---'\n    hint: line 3 has spaces after '---'; remove them to end the front matter there")
    }

    func testLocationsOfTheParsedFrontMatterAreFileLines() throws {
        let document = try split("---\ntitle: x\nbase: &a 1\n---\n").get()
        XCTAssertEqual(document.parseFrontMatter(path: path).diagnostics.map(\.description),
                       ["\(path):3:7: error: anchors ('&a') are not supported\n    hint: write the value out in full"])
    }

    func testFromBytesToTree() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: 子ども食堂\r\nfees: 1000\r\n---\r\n本文\r\n".utf8)
        let text = try SourceText.decode(Data(bytes), path: path).get()
        let document = try split(text).get()
        XCTAssertEqual(document.body, "本文\n")
        XCTAssertEqual(document.bodyFirstLine, 5)
        let node = try XCTUnwrap(document.parseFrontMatter(path: path).node)
        XCTAssertEqual(node["fees"]?.value.value, .int(1000))
        XCTAssertEqual(node["fees"]?.value.location.description, "\(path):3:7")
        XCTAssertEqual(node["title"]?.value.value, .string("子ども食堂"))
    }

    func testSettingsFileIsParsedWhole() throws {
        let result = FrontMatterParser.parse("site:\n  name: 市民活動センター\n  base_url: https://example.jp/\n", file: "config/site.yml")
        XCTAssertEqual(result.node.map(FrontMatterRender.render), #"{site: {name: "市民活動センター", base_url: "https://example.jp/"}}"#)
        XCTAssertEqual(result.node?["site"]?.keyLocation.description, "config/site.yml:1:1")
    }
}
