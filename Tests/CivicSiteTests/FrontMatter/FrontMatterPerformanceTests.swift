import XCTest
import Foundation
@testable import CivicSite

/// Parsing speed: a page's front matter should cost microseconds, and the
/// cost should grow linearly with the text.
final class FrontMatterPerformanceTests: XCTestCase {
    func testTypicalFrontMatterParsesQuickly() {
        let text = FrontMatterSample.groupPage
        XCTAssertNotNil(FrontMatterParser.parse(text, file: "f.md").node)
        let rounds = 300
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<rounds {
            _ = FrontMatterParser.parse(text, file: "f.md")
        }
        let micros = Double(DispatchTime.now().uptimeNanoseconds - start) / Double(rounds) / 1_000
        print("front matter: \(text.split(separator: "\n").count) lines parse in \(Int(micros)) µs on average")
        // Generous, as debug builds on a shared machine vary a lot; this
        // catches a pathological slowdown, not a few percent.
        XCTAssertLessThan(micros, 5_000)
    }

    func testLargeInputStaysLinear() {
        var text = ""
        for index in 0..<4_000 {
            text += "key\(index):\n  - \"item \(index)\"\n  - [a, b, {c: d}]\n  - text that folds\n    over two lines\n"
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let result = FrontMatterParser.parse(text, file: "big.yml")
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        XCTAssertEqual(result.node?.entries?.count, 4_000)
        XCTAssertLessThan(seconds, 10)
    }
}
