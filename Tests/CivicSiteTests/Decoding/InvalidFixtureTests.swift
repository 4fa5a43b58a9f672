import Foundation
import XCTest
@testable import CivicSite

/// Every folder under `Tests/Fixtures/invalid/` is a small site with
/// something wrong; its `expected.txt` holds the exact report. Run with
/// `CIVICSITE_RECORD=1` to rewrite the expectations after a deliberate
/// change of wording, then review the diff.
final class InvalidFixtureTests: XCTestCase {
    private static let folder = TestPaths.fixtures.appendingPathComponent("invalid")
    private static let recording = ProcessInfo.processInfo.environment["CIVICSITE_RECORD"] == "1"

    static let expectedCases = [
        "anchor", "bad-corporate-number", "bad-date", "bad-email", "bad-url", "duplicate-key", "duplicate-slug",
        "end-before-start", "missing-required-key", "non-ascii-filename", "opens-after-deadline",
        "several-errors-in-one-run", "shift-jis", "tab-indentation", "typed-by-hand", "typing-mistakes", "unknown-enum",
        "unknown-field-reference", "unknown-group-reference", "unterminated-quote", "wrong-type",
    ]

    func testEveryCaseHasAFolder() throws {
        let present = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(present, Self.expectedCases)
    }

    /// The report as `civicsite check --lang <language>` prints it, without the summary line.
    static func report(_ caseFolder: URL, in language: Language) -> String {
        let options = FixtureBuild.options(siteRoot: caseFolder, output: caseFolder.appendingPathComponent("unused-site"))
        do {
            _ = try SiteBuilder(options: options).check()
            return "(no error)\n"
        } catch {
            return error.sorted.map { DiagnosticFormat.text.render($0, in: language) }.joined(separator: "\n") + "\n"
        }
    }

    func testEveryCaseReportsExactlyItsExpectedDiagnosticsInBothLanguages() throws {
        var recorded = 0
        for name in Self.expectedCases {
            let caseFolder = Self.folder.appendingPathComponent(name)
            for language in Language.allCases {
                let actual = Self.report(caseFolder, in: language)
                XCTAssertNotEqual(actual, "(no error)\n", "\(name): a site with errors must not pass")
                let expectedURL = caseFolder.appendingPathComponent("expected.\(language.rawValue).txt")
                if Self.recording {
                    try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                    recorded += 1
                    continue
                }
                let expected = (try? String(contentsOf: expectedURL, encoding: .utf8)) ?? "(missing \(expectedURL.lastPathComponent))\n"
                if actual != expected {
                    XCTFail("""
                        \(name) (\(language.rawValue)): diagnostics differ from \(expectedURL.lastPathComponent) (CIVICSITE_RECORD=1 re-records)
                        \(Self.lineDiff(expected: expected, actual: actual))
                        """)
                }
            }
        }
        if Self.recording { print("recorded \(recorded) expectation files") }
    }

    func testTheLoaderAloneFindsTheContentErrors() {
        for name in Self.expectedCases {
            let result = ContentLoader.load(directory: Self.folder.appendingPathComponent(name).appendingPathComponent("content"),
                                            displayPath: "content", includeDrafts: false)
            XCTAssertNil(result.content, "\(name): a site with errors must not load")
            XCTAssertTrue(result.diagnostics.hasErrors, "\(name): expected at least one error")
        }
    }

    /// Lines only in one side, marked `-` (expected) and `+` (actual).
    static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : nil
            let b = index < new.count ? String(new[index]) : nil
            if a != b {
                if let a { lines.append("- \(a)") }
                if let b { lines.append("+ \(b)") }
            }
        }
        return lines.joined(separator: "\n")
    }
}
