import Foundation
import XCTest
@testable import CivicSite

/// Runs every example of the CommonMark spec in spec mode and compares the
/// HTML byte for byte.
final class MarkdownConformanceTests: XCTestCase {
    /// Raise as conformance improves; never lower it.
    static let baseline = 655

    struct Example: Decodable {
        let markdown: String
        let html: String
        let example: Int
        let section: String
    }

    func testCommonMarkSpec() throws {
        let folder = try TestPaths.requireConformance("commonmark")
        let data = try Data(contentsOf: folder.appendingPathComponent("spec.json"))
        let examples = try JSONDecoder().decode([Example].self, from: data)
        let renderer = MarkdownRenderer(options: .spec)

        var sections: [String] = []
        var totals: [String: (passed: Int, count: Int)] = [:]
        var failed: [Int] = []
        for example in examples {
            if totals[example.section] == nil { sections.append(example.section) }
            let ok = renderer.render(example.markdown) == example.html
            if !ok { failed.append(example.example) }
            let current = totals[example.section] ?? (0, 0)
            totals[example.section] = (current.passed + (ok ? 1 : 0), current.count + 1)
        }
        let passed = examples.count - failed.count
        var report = "CommonMark conformance (spec mode)\n"
        for section in sections {
            let t = totals[section]!
            let name = section.padding(toLength: 44, withPad: " ", startingAt: 0)
            report += "  \(name) \(t.passed)/\(t.count)\(t.passed == t.count ? "" : "  <")\n"
        }
        report += "  overall: \(passed)/\(examples.count)\n"
        if !failed.isEmpty { report += "  failing examples: \(failed.map(String.init).joined(separator: " "))\n" }
        print(report)
        XCTAssertGreaterThanOrEqual(passed, Self.baseline, "conformance fell below the committed baseline")
    }
}
