import XCTest
import Foundation
@testable import CivicSite

/// Nesting is bounded so that garbled input cannot exhaust the stack,
/// even on the small stacks of secondary threads.
final class FrontMatterNestingTests: XCTestCase {
    func testDeepInputFailsCleanlyOnASmallStack() throws {
        let box = ResultBox()
        let done = expectation(description: "parsed on a small stack")
        let thread = Thread {
            let inputs = [
                "a: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40),
                "a: " + String(repeating: "{a: ", count: 40) + String(repeating: "}", count: 40),
                (0..<40).map { String(repeating: " ", count: $0) + "k:\n" }.joined(),
                "a:\n" + String(repeating: "- ", count: 40) + "x\n",
            ]
            box.results = inputs.map { input in
                FrontMatterParser.parse(input, file: "deep.md").diagnostics.map(\.message)
            }
            done.fulfill()
        }
        // Files are parsed on Dispatch's worker threads, whose stacks are
        // 512 KiB on Linux: the nesting limit must keep a debug build's large
        // frames within that.
        thread.stackSize = 512 * 1024
        thread.start()
        wait(for: [done], timeout: 60)
        XCTAssertEqual(box.results, Array(repeating: ["nesting is deeper than 32 levels"], count: 4))
    }

    /// Written by the thread before it fulfils the expectation, read after
    /// the wait, so the expectation orders the accesses.
    final class ResultBox: @unchecked Sendable {
        var results: [[String]] = []
    }

    func testThirtyLevelsAreFine() {
        let text = "a: " + String(repeating: "[", count: 30) + "x" + String(repeating: "]", count: 30)
        XCTAssertEqual(FrontMatterCheck.value(text), "{a: " + String(repeating: "[", count: 30) + "\"x\"" + String(repeating: "]", count: 30) + "}")
    }
}
