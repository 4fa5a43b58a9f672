import Foundation
import XCTest
@testable import CivicSite

/// Nesting is bounded while parsing and rendering does not recurse, so a
/// garbled or hostile theme cannot exhaust the stack, even on the small
/// stacks of the worker threads that render pages.
final class MustacheNestingTests: XCTestCase {
    private static let tooDeep = "sections are nested more than 100 levels deep"

    /// Written by the thread before it fulfils the expectation, read after
    /// the wait, so the expectation orders the accesses.
    final class ResultBox: @unchecked Sendable {
        var results: [String] = []
    }

    /// Runs `body` on a thread with a 256 KiB stack: below the usual
    /// secondary-thread stack, and far too small for recursion per level.
    private func onSmallStack(_ body: @escaping @Sendable () -> [String]) -> [String] {
        let box = ResultBox()
        let done = expectation(description: "ran on a small stack")
        let thread = Thread {
            box.results = body()
            done.fulfill()
        }
        thread.stackSize = 256 * 1024
        thread.start()
        wait(for: [done], timeout: 60)
        return box.results
    }

    private static func parseProblems(_ source: String) -> String {
        do {
            _ = try MustacheTemplate.parse(source, path: "deep.mustache")
            return "parsed"
        } catch {
            return error.sorted.map(\.description).joined(separator: "\n")
        }
    }

    func testDeepInputsGiveOneLocatedErrorAndDoNotCrash() {
        let results = onSmallStack {
            [
                // The 101st opening tag is the one reported, each tag being 6 characters.
                Self.parseProblems(String(repeating: "{{#x}}", count: 70_000)),
                Self.parseProblems(String(repeating: "{{#a}}", count: 16_000) + "x" + String(repeating: "{{/a}}", count: 16_000)),
                Self.parseProblems(String(repeating: "{{^a}}", count: 16_000) + String(repeating: "{{/a}}", count: 16_000)),
                Self.parseProblems(String(repeating: "{{<p}}{{$b}}", count: 8_000) + String(repeating: "{{/b}}{{/p}}", count: 8_000)),
                Self.parseProblems(String(repeating: "{{#a}}\n", count: 500) + String(repeating: "{{/b}}\n", count: 500)),
            ]
        }
        XCTAssertEqual(results, [
            "deep.mustache:1:601: error: \(Self.tooDeep)",
            "deep.mustache:1:601: error: \(Self.tooDeep)",
            "deep.mustache:1:601: error: \(Self.tooDeep)",
            "deep.mustache:1:601: error: \(Self.tooDeep)",
            "deep.mustache:101:1: error: \(Self.tooDeep)",
        ].map { $0 + Self.tooDeepHint })
    }

    private static let tooDeepHint = "\n    hint: sections, inverted sections, parents and blocks all count;"
        + " is a closing tag written as an opening one ({{#name}} for {{/name}})?"

    func testAHundredLevelsAreFine() throws {
        let source = String(repeating: "{{#a}}", count: 100) + "{{b}}" + String(repeating: "{{/a}}", count: 100)
        let output = try MustacheTemplate.parse(source, path: "deep.mustache").render(["a": ["b": 1]], strict: true)
        XCTAssertEqual(output, "1")
    }

    /// Partials may each nest a hundred levels and include each other two
    /// hundred times: twenty thousand levels, rendered without recursion.
    func testDeeplyNestedPartialsRenderOnASmallStack() {
        let results = onSmallStack {
            do {
                var partials: [String: MustacheTemplate] = [:]
                for level in 0..<199 {
                    let inner = level < 198 ? "{{> p\(level + 1)}}" : "{{b}}"
                    let source = String(repeating: "{{#a}}", count: 100) + inner + String(repeating: "{{/a}}", count: 100)
                    partials["p\(level)"] = try MustacheTemplate.parse(source, path: "partials/p\(level).mustache")
                }
                let nested = try partials["p0"]!.render(["a": ["b": 1]], partials: partials, strict: true)
                let loop = try MustacheTemplate.parse("{{#a}}{{> loop}}{{/a}}", path: "partials/loop.mustache")
                do throws(DiagnosticList) {
                    _ = try loop.render(["a": ["b": 1]], partials: ["loop": loop], strict: true)
                    return [nested, "the loop rendered"]
                } catch {
                    return [nested] + error.items.map(\.description)
                }
            } catch {
                return ["\(error)"]
            }
        }
        XCTAssertEqual(results, ["1", "partials/loop.mustache:1:7: error: templates include each other more than 200 levels deep\n"
                                 + "    hint: a partial or parent probably includes itself"])
    }
}
