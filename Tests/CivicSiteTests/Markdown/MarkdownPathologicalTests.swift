import Foundation
import XCTest
@testable import CivicSite

/// Inputs built to make naive parsers crash or go quadratic. Each is at
/// least 50,000 characters and must render in under a second even in a
/// debug build; the limit is a guard, the benchmark script measures speed.
final class MarkdownPathologicalTests: XCTestCase {
    static let limit: TimeInterval = 1.0

    static let cases: [(name: String, input: String)] = {
        let n = 50_000
        var cases: [(String, String)] = []
        cases.append(("nested brackets", String(repeating: "[", count: n) + "a" + String(repeating: "]", count: n)))
        cases.append(("nested images", String(repeating: "![", count: n / 2 + 1) + "a" + String(repeating: "](b)", count: n / 2 + 1)))
        cases.append(("nested block quotes", String(repeating: ">", count: n) + " a\n" + String(repeating: "> ", count: n) + "b\n"))
        cases.append(("nested lists on one line", String(repeating: "- ", count: n / 2 + 1) + "a\n"))
        cases.append(("nested lists by indent",
                      (0..<300).map { String(repeating: "  ", count: $0) + "- a\n" }.joined()))
        cases.append(("blank lines in nested lists", String(repeating: "- ", count: n / 4) + "a" + String(repeating: "\n", count: n)))
        cases.append(("blank lines in nested quotes", String(repeating: "> ", count: n / 4) + "a\n" + String(repeating: ">\n", count: n / 4)))
        cases.append(("equal headings", String(repeating: "# a\n", count: n / 4 + 1)))
        cases.append(("bare URL with closing parentheses", "https://a.example/" + String(repeating: ")", count: n)))
        cases.append(("run of stars", String(repeating: "*", count: n) + "a"))
        cases.append(("run of underscores", "a" + String(repeating: "_", count: n) + "a"))
        cases.append(("alternating openers", String(repeating: "*a _b ", count: n / 6 + 1)))
        cases.append(("unmatched strong openers", String(repeating: "**a ", count: n / 4 + 1) + String(repeating: "*", count: 3)))
        cases.append(("deep emphasis", String(repeating: "*", count: n / 2 + 1) + "a" + String(repeating: "*", count: n / 2 + 1)))
        cases.append(("rule of three", String(repeating: "a***b ", count: n / 6 + 1)))
        cases.append(("unclosed inline links", String(repeating: "[a](", count: n / 4 + 1)))
        cases.append(("unclosed link text", String(repeating: "[a", count: n / 2 + 1) + String(repeating: "]", count: 10)))
        cases.append(("unclosed titles", String(repeating: "[a](b \"c", count: n / 8 + 1)))
        cases.append(("links in links", String(repeating: "[", count: n / 6 + 1) + String(repeating: "a](b)", count: n / 6 + 1)))
        cases.append(("many reference definitions",
                      (0..<4000).map { "[r\($0)]: /u\($0) \"t\"\n" }.joined() + "\n"
                      + (0..<4000).map { "[r\($0)] [x\($0)]" }.joined(separator: " ")))
        cases.append(("backtick runs", (1...320).map { String(repeating: "`", count: $0) + "a" }.joined()))
        cases.append(("unclosed comments", String(repeating: "a <!-- b ", count: n / 9 + 1)))
        cases.append(("unclosed processing instructions", String(repeating: "<? ", count: n / 3 + 1)))
        cases.append(("unclosed tags", String(repeating: "<a href=\"x ", count: n / 11 + 1)))
        cases.append(("unclosed autolinks", String(repeating: "<http://a ", count: n / 10 + 1)))
        cases.append(("many entities", String(repeating: "&amp;&#x41;&bogus; ", count: n / 19 + 1)))
        cases.append(("wide table", String(repeating: "|a", count: n / 6 + 1) + "|\n" + String(repeating: "|-", count: n / 6 + 1) + "|\n"
                      + String(repeating: "|b", count: n / 6 + 1) + "|\n"))
        cases.append(("bare URLs", String(repeating: "https://example.com/a_(b) www.x.org ", count: n / 36 + 1)))
        cases.append(("many lines", String(repeating: "a\n", count: n / 2 + 1)))
        cases.append(("many list items", String(repeating: "- a\n\n", count: n / 5 + 1)))
        cases.append(("unclosed fences", String(repeating: "```\n", count: n / 4 + 1)))
        cases.append(("tabs", String(repeating: "\t>\t-\t", count: n / 5 + 1) + "x"))
        cases.append(("NUL and CR", String(repeating: "a\u{0}\r\n\r", count: n / 5 + 1)))
        return cases
    }()

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
