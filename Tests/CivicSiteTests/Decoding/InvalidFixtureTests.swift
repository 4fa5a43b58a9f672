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

    func testEveryCaseReportsExactlyItsExpectedDiagnostics() throws {
        var recorded: [String] = []
        for name in Self.expectedCases {
            let caseFolder = Self.folder.appendingPathComponent(name)
            let result = ContentLoader.load(directory: caseFolder.appendingPathComponent("content"),
                                            displayPath: "content", includeDrafts: false)
            XCTAssertNil(result.content, "\(name): a site with errors must not load")
            XCTAssertTrue(result.diagnostics.hasErrors, "\(name): expected at least one error")
            let actual = result.diagnostics.description + "\n"
            let expectedURL = caseFolder.appendingPathComponent("expected.txt")
            if Self.recording {
                try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
                recorded.append(name)
                continue
            }
            let expected = (try? String(contentsOf: expectedURL, encoding: .utf8)) ?? "(missing expected.txt)\n"
            if actual != expected {
                XCTFail("""
                    \(name): diagnostics differ from expected.txt (CIVICSITE_RECORD=1 re-records)
                    \(Self.lineDiff(expected: expected, actual: actual))
                    """)
            }
        }
        if Self.recording { print("recorded \(recorded.count) expectation files") }
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
