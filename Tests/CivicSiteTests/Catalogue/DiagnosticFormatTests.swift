import XCTest
@testable import CivicSite

/// The three ways problems are printed, and how the language is chosen.
final class DiagnosticFormatTests: XCTestCase {
    let d = Diagnostic.error(.unknownFieldReference, at: SourceLocation(file: "content/groups/a,b.md", line: 7, column: 9),
                             ["text": "childern", "near": "children"], hint: .didYouMean)

    func testTextKeepsTheSeverityWordsForEditorsAndShowsTheID() {
        XCTAssertEqual(DiagnosticFormat.text.render(d, in: .ja),
                       "content/groups/a,b.md:7:9: error: 「childern」という活動分野はありません [CS3021]\n    ヒント: 「children」の書き間違いではありませんか？")
        XCTAssertEqual(DiagnosticFormat.text.render(d, in: .en),
                       "content/groups/a,b.md:7:9: error: unknown field 'childern' [CS3021]\n    hint: did you mean 'children'?")
    }

    func testGitHubWorkflowCommandsEscapeTheirPropertiesAndMessage() {
        XCTAssertEqual(DiagnosticFormat.github.render(d, in: .en),
                       "::error file=content/groups/a%2Cb.md,line=7,col=9,title=CS3021::unknown field 'childern'%0Adid you mean 'children'?")
        let warning = Diagnostic.warning(.missingFieldFiles, at: .file("content/fields"), ["count": 1, "missing": .list(["100%"])])
        XCTAssertEqual(DiagnosticFormat.github.render(warning, in: .en),
                       "::warning file=content/fields,line=1,col=1,title=CS3013::1 of the 17 activity fields have no file: 100%25%0Arecords cannot refer to a field without its file")
    }

    func testJSONIsOneObjectPerProblem() {
        XCTAssertEqual(DiagnosticFormat.json.render(d, in: .ja),
                       #"{"id":"CS3021","severity":"error","file":"content/groups/a,b.md","line":7,"column":9,"message":"「childern」という活動分野はありません","hint":"「children」の書き間違いではありませんか？"}"#)
        let usage = Diagnostic(.missingCommand, at: SourceLocation(file: "", line: 0, column: 0))
        XCTAssertEqual(DiagnosticFormat.json.render(usage, in: .en),
                       #"{"id":"CS0002","severity":"error","message":"no command given","hint":"see 'civicsite help'"}"#)
    }

    func testTheLanguageIsTheFlagThenTheVariableThenTheSiteOrTheLocale() {
        XCTAssertEqual(Language.forSite(flag: .en, environment: ["CIVICSITE_LANG": "ja"], siteLanguage: "ja"), .en)
        XCTAssertEqual(Language.forSite(flag: nil, environment: ["CIVICSITE_LANG": "en"], siteLanguage: "ja"), .en)
        XCTAssertEqual(Language.forSite(flag: nil, environment: ["LANG": "en_US.UTF-8"], siteLanguage: "ja"), .ja,
                       "once site.yml is read, the locale no longer decides")
        XCTAssertEqual(Language.forSite(flag: nil, environment: [:], siteLanguage: "en"), .en)
        XCTAssertEqual(Language.forSite(flag: nil, environment: [:], siteLanguage: nil), .ja)
        XCTAssertEqual(Language.beforeSettings(flag: nil, environment: ["LANG": "C.UTF-8"]), .en)
        XCTAssertEqual(Language.beforeSettings(flag: nil, environment: ["LANG": "ja_JP.UTF-8", "LC_ALL": "C"]), .en, "LC_ALL wins")
        XCTAssertEqual(Language.beforeSettings(flag: nil, environment: ["LANG": "ja_JP.UTF-8"]), .ja)
        XCTAssertEqual(Language.beforeSettings(flag: nil, environment: [:]), .ja)
        XCTAssertEqual(Language.beforeSettings(flag: nil, environment: ["CIVICSITE_LANG": "ja", "LANG": "C"]), .ja)
    }

    func testTheCommandLinePrintsEachFormat() throws {
        try CivicSiteCommand.requireExecutable()
        let fixture = TestPaths.fixtures.appendingPathComponent("invalid/unknown-field-reference")
        let github = try CivicSiteCommand.run(["check", "--format", "github", "--lang", "en"], in: fixture)
        XCTAssertEqual(github.status, 1)
        XCTAssertTrue(github.stderr.split(separator: "\n").contains { $0.hasPrefix("::error file=content/") && $0.contains("title=CS3021::") },
                      github.stderr)
        let json = try CivicSiteCommand.run(["check", "--format=json"], in: fixture)
        let first = try XCTUnwrap(json.stderr.split(separator: "\n").first)
        let object = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        XCTAssertNotNil(object?["id"] as? String, json.stderr)
        XCTAssertNotNil(object?["line"] as? Int, json.stderr)
    }
}
