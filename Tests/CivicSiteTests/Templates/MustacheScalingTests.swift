import Foundation
import XCTest
@testable import CivicSite

/// Shapes that used to take time growing with the square of their size:
/// doubling the input may at most double the time (with a margin for noise).
/// The benchmark scripts measure speed; this only guards the growth.
///
/// The machine may be busy with other work: each size keeps its best of a
/// few runs, and a pair that looks too slow is measured again before the
/// test fails. A quadratic shape takes four times as long every time.
final class MustacheScalingTests: XCTestCase {
    /// The best of a few runs, which is the least disturbed by other work on the machine.
    private func bestTime(_ run: () throws -> Void) rethrows -> TimeInterval {
        var best = TimeInterval.infinity
        for _ in 0..<3 {
            let start = Date()
            try run()
            best = min(best, Date().timeIntervalSince(start))
        }
        return best
    }

    private func assertLinear(_ shape: String, size n: Int, _ prepare: (Int) throws -> () throws -> Void,
                              file: StaticString = #filePath, line: UInt = #line) throws {
        let small = try prepare(n), large = try prepare(2 * n)
        var t1 = 0.0, t2 = 0.0
        for _ in 0..<3 {
            t1 = try bestTime(small)
            t2 = try bestTime(large)
            if t2 <= 2.5 * t1 + 0.02 { break }
        }
        print(String(format: "mustache scaling, %@: %d → %.3f s, %d → %.3f s", shape, n, t1, 2 * n, t2))
        XCTAssertLessThanOrEqual(t2, 2.5 * t1 + 0.02, "\(shape): \(n) took \(t1) s, \(2 * n) took \(t2) s", file: file, line: line)
    }

    private static func parse(_ source: String) {
        _ = try? MustacheTemplate.parse(source, path: "t.mustache")
    }

    func testUnclosedSectionsParseInLinearTime() throws {
        try assertLinear("unclosed sections", size: 10_000) { n in
            let source = String(repeating: "{{#x}}", count: n)
            return { Self.parse(source) }
        }
    }

    func testMismatchedClosersParseInLinearTime() throws {
        try assertLinear("mismatched closers", size: 6_000) { n in
            let source = String(repeating: "{{#a}}", count: n) + String(repeating: "{{/b}}", count: n)
            return { Self.parse(source) }
        }
    }

    /// Each level looks up names its own value lacks, found only in the
    /// outermost frame. Partials carry the nesting past the parser's limit.
    func testNestedObjectSectionsRenderInLinearTime() throws {
        try assertLinear("nested object sections", size: 100) { partialCount in
            var partials: [String: MustacheTemplate] = [:]
            for level in 0..<partialCount {
                let inner = level + 1 < partialCount ? "{{> p\(level + 1)}}" : "{{b}}"
                let source = String(repeating: "{{#a}}{{c}}{{c}}{{c}}", count: 30) + inner + String(repeating: "{{/a}}", count: 30)
                partials["p\(level)"] = try MustacheTemplate.parse(source, path: "p\(level).mustache")
            }
            let root = partials["p0"]!
            return { XCTAssertEqual(try root.render(["a": ["b": 1], "c": nil], partials: partials, strict: true), "1") }
        }
    }
}
