import Foundation
import XCTest
@testable import CivicSite

/// Files under a kind folder that are not records are named with what to
/// do, so that a record saved the wrong way is never silently missing.
final class ContentScannerNamesTests: XCTestCase {
    func testRecordsSavedUnderANameThatIsNotReadAreRecognised() {
        let cases: [(String, ContentScanner.EntryName)] = [
            ("hojokin.md.txt", .misnamedRecord(name: "hojokin.md", hint: .hiddenTextEnding)),
            ("hojokin.MD.txt", .misnamedRecord(name: "hojokin.md", hint: .hiddenTextEnding)),
            ("hojokin.md ", .misnamedRecord(name: "hojokin.md", hint: .trailingSpaceInName)),
            ("hojokin.md.", .misnamedRecord(name: "hojokin.md", hint: .trailingSpaceInName)),
            ("hojokin.ｍｄ", .misnamedRecord(name: "hojokin.md", hint: .fullWidthEnding)),
            ("hojokin．ｍｄ", .misnamedRecord(name: "hojokin.md", hint: .fullWidthEnding)),
            ("hojokin.txt", .misnamedRecord(name: "hojokin.md", hint: .renameIfRecord)),
            ("hojokin", .misnamedRecord(name: "hojokin.md", hint: .renameIfRecord)),
            ("Hojokin.MD", .otherMarkdownEnding(stem: "Hojokin")),
            ("hojokin.markdown", .otherMarkdownEnding(stem: "hojokin")),
            ("募集要項.docx", .office(Term.wordDocument, name: "record.md")),
            ("Bosai Kunren.xlsx", .office(Term.spreadsheet, name: "bosai-kunren.md")),
            ("chirashi.pdf", .attachment), ("photo.JPG", .attachment), ("logo.png", .attachment),
            ("~$募集要項.docx", .litter), ("Thumbs.db", .litter), ("desktop.ini", .litter), ("sakura.md~", .litter),
            ("sakura.md.swp", .litter), ("#sakura.md#", .litter), ("sakura.bak", .litter),
        ]
        for (name, expected) in cases {
            XCTAssertEqual(ContentScanner.classify(name), expected, name)
        }
        XCTAssertNil(ContentScanner.classify("map.html"), "any other file is named as not a record")
    }

    func testEachIsReportedWithWhatToDo() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-names-\(UUID().uuidString)")
        let grants = root.appendingPathComponent("grants")
        try FileManager.default.createDirectory(at: grants, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["hojokin.md.txt", "kikin.md ", "josei.ｍｄ", "memo", "youkou.docx", "chirashi.pdf", "~$youkou.docx"] {
            try Data("x".utf8).write(to: grants.appendingPathComponent(name))
        }
        let scan = ContentScanner.scan(directory: root, displayPath: "content")
        XCTAssertEqual(scan.files.map(\.fileName), [])
        XCTAssertEqual(DiagnosticList(scan.diagnostics).description, """
            content/grants/chirashi.pdf:1:1: warning: 'chirashi.pdf' is not published: photos and PDF files go in the folder of their record
                hint: move the record to content/grants/<name>/index.md and put this file beside it
            content/grants/hojokin.md.txt:1:1: warning: 'hojokin.md.txt' is not read: records are files ending in '.md'
                hint: rename it to 'hojokin.md'; Windows may hide the '.txt' at the end (turn on View → File name extensions in Explorer)
            content/grants/josei.ｍｄ:1:1: warning: 'josei.ｍｄ' is not read: records are files ending in '.md'
                hint: write the ending in half-width letters: 'josei.md'
            content/grants/kikin.md :1:1: warning: 'kikin.md ' is not read: records are files ending in '.md'
                hint: remove the space or dot at the end of the name: 'kikin.md'
            content/grants/memo:1:1: warning: 'memo' is not read: records are files ending in '.md'
                hint: if it is a record, rename it to 'memo.md'; keep other files outside content/grants/
            content/grants/youkou.docx:1:1: warning: 'youkou.docx' is not read: a Word document cannot be published as it is
                hint: copy its text into a record file ending in '.md', e.g. 'youkou.md'
            """)
    }
}
