import XCTest
@testable import CivicSite

/// The indexed context stack finds what a frame-by-frame search finds,
/// however deep the stack and however often it grows and shrinks.
final class MustacheContextStackTests: XCTestCase {
    private static func naive(_ frames: [TemplateValue], _ key: String) -> TemplateValue? {
        for frame in frames.reversed() {
            if case .object(let object) = frame, let value = object[key] { return value }
        }
        return nil
    }

    func testLookupsMatchASearchOfEveryFrame() {
        var stack = MustacheContextStack(["root": "r", "k": 0])
        var frames: [TemplateValue] = [["root": "r", "k": 0]]
        // A fixed sequence of pushes and pops (a linear congruential
        // generator, so every run is the same) that climbs to 60 frames and
        // falls back to 2, again and again, crossing the indexed boundary in
        // both directions with jitter around it.
        var seed: UInt64 = 7
        var climbing = true
        var deepest = 0
        let keys = ["root", "k", "a", "b", "c", "missing"]
        for step in 1...3000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let roll = Int(seed >> 33) % 10
            if frames.count >= 60 { climbing = false } else if frames.count <= 2 { climbing = true }
            if frames.count == 1 || (climbing ? roll < 7 : roll < 3) {
                let value: TemplateValue
                switch roll % 3 {
                case 0: value = ["k": .int(step), "a": .int(step)]
                case 1: value = ["k": .int(step), "b": .int(step), "c": nil]
                default: value = .string("text \(step)")
                }
                stack.push(value)
                frames.append(value)
            } else {
                stack.pop()
                frames.removeLast()
            }
            deepest = max(deepest, frames.count)
            XCTAssertEqual(stack.frames, frames)
            for key in keys {
                XCTAssertEqual(stack.value(of: key), Self.naive(frames, key), "\(key) after step \(step), depth \(frames.count)")
            }
        }
        XCTAssertGreaterThanOrEqual(deepest, 60, "the walk went deep enough to use the index")
    }
}
