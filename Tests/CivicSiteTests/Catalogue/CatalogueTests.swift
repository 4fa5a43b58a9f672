import Foundation
import XCTest
@testable import CivicSite

/// The catalogue itself: stable, complete ids, both languages for every
/// text, the same placeholders in both.
final class CatalogueTests: XCTestCase {
    func testIDsAreUniqueAndWellFormed() {
        var seen: Set<String> = []
        for m in Catalogue.all {
            XCTAssertTrue(seen.insert(m.id).inserted, "\(m.id) is used twice")
            XCTAssertNotNil(m.id.range(of: #"^CS[0-9]{4}$"#, options: .regularExpression), "\(m.id) is not CS + 4 digits")
        }
    }

    func testEachStageListHoldsOnlyItsOwnNumbers() {
        let stages: [(String, [Message])] = [
            ("CS0", Catalogue.commandLine), ("CS100", Catalogue.sourceText), ("CS104", Catalogue.loading), ("CS10", Catalogue.reading),
            ("CS105", Catalogue.links), ("CS1", Catalogue.frontMatter),
            ("CS2", Catalogue.values), ("CS3", Catalogue.records), ("CS4", Catalogue.theme), ("CS5", Catalogue.output),
            ("CS6", Catalogue.imports), ("CS7", Catalogue.media), ("CS8", Catalogue.bodies), ("CS9", Catalogue.preview),
            ("CS91", Catalogue.newRecords),
        ]
        for (prefix, messages) in stages {
            for m in messages { XCTAssertTrue(m.id.hasPrefix(prefix), "\(m.id) is listed with the \(prefix)xx messages") }
        }
    }

    func testBothLanguagesUseTheSamePlaceholders() {
        for m in Catalogue.all {
            XCTAssertEqual(Set(LocalizedText.placeholders(in: m.text.ja)), Set(LocalizedText.placeholders(in: m.text.en)), m.id)
            if let hint = m.hint {
                XCTAssertEqual(Set(LocalizedText.placeholders(in: hint.text.ja)), Set(LocalizedText.placeholders(in: hint.text.en)),
                               "\(m.id) hint")
            }
        }
    }

    func testEveryEntryIsWrittenInJapaneseAndEnglishWithAnExplanation() {
        for m in Catalogue.all {
            XCTAssertTrue(m.text.ja.unicodeScalars.contains { $0.value > 0x3000 }, "\(m.id): the Japanese text has no Japanese")
            XCTAssertFalse(m.text.en.isEmpty, m.id)
            XCTAssertTrue(m.explanation.ja.unicodeScalars.contains { $0.value > 0x3000 }, "\(m.id): no Japanese explanation")
            XCTAssertGreaterThan(m.explanation.en.count, 40, "\(m.id): the English explanation is too short")
            XCTAssertTrue(m.explanation.ja.contains("直し方"), "\(m.id): the explanation says how to fix it (直し方)")
            XCTAssertTrue(m.explanation.en.contains("Fix"), "\(m.id): the explanation says how to fix it (Fix)")
        }
    }

    /// An entry defined but left out of its stage's list would be missing
    /// from `explain` and the documentation.
    func testEveryEntryInTheSourcesIsInTheCatalogue() throws {
        let sources = TestPaths.projectRoot.appendingPathComponent("Sources/CivicSite/Diagnostics/Catalogue")
        let listed = Set(Catalogue.all.map(\.id))
        for name in try FileManager.default.contentsOfDirectory(atPath: sources.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
            let regex = try NSRegularExpression(pattern: #"Message\("(CS[0-9]{4})""#)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let id = String(text[Range(match.range(at: 1), in: text)!])
                XCTAssertTrue(listed.contains(id), "\(id) in \(name) is not in its stage's list")
            }
        }
    }

    /// Texts live in the catalogue only: code that finds a problem names an
    /// entry and passes values, it never writes words of its own.
    func testNoTextIsWrittenOutsideTheCatalogue() throws {
        let sources = TestPaths.projectRoot.appendingPathComponent("Sources")
        let walker = try XCTUnwrap(FileManager.default.enumerator(atPath: sources.path))
        let pattern = try NSRegularExpression(pattern: #"Hint\(ja:|LocalizedText\(ja:|Message\("CS|Diagnostic\([^)]*"[^"]*"\)"#)
        for case let path as String in walker where path.hasSuffix(".swift") && !path.hasPrefix("CivicSite/Diagnostics/") {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            let hits = pattern.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
            XCTAssertEqual(hits, 0, "\(path) writes message text of its own; move it to Diagnostics/Catalogue")
        }
    }

    func testTemplatesKeepBracesThatAreNotPlaceholders() {
        let text = LocalizedText(ja: "タグ「{tag}」が }} で閉じていません", en: "tag '{tag}' is not closed with '}}'")
        let d = Diagnostic(Message("CS4999", .error, ja: text.ja, en: text.en, explainJa: "", explainEn: ""),
                           at: .file("t"), ["tag": "{{title"])
        XCTAssertEqual(d.message(in: .en), "tag '{{title' is not closed with '}}'")
        XCTAssertEqual(d.message(in: .ja), "タグ「{{title」が }} で閉じていません")
    }

    func testListsAreJoinedTheWayEachLanguageWritesThem() {
        let list = MessageArgument.list(["a", "b", "c"])
        XCTAssertEqual(list.rendered(in: .ja), "a、b、c")
        XCTAssertEqual(list.rendered(in: .en), "a, b, c")
    }
}
