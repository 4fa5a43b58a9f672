import Foundation
import XCTest
@testable import CivicSite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Doubling the input of every pathological shape may at most about double
/// the rendering time: `time(2n) <= 2.5 × time(n) + slack`. A quadratic
/// shape quadruples, which a fixed time limit only notices once it is big.
///
/// Times are this thread's CPU time, not wall time, and the best of a few
/// runs, so other processes on a small shared machine do not count; a shape
/// is measured again before it is called super-linear, and then doubled
/// once more: a quadratic shape quadruples at every doubling, while a shape
/// whose working set just outgrew a cache (or met a burst of load) does not
/// do it twice in a row. Rendering goes
/// through `renderWithNotices`, the build's path, which also records where
/// every block came from.
final class MarkdownScalingTests: XCTestCase {
    /// The smallest `n`: shapes that render it faster than `minimumTime`
    /// are doubled (up to `largestSize`) until their time means something.
    /// `CIVICSITE_SCALING_BYTES` overrides it, e.g. to measure a slow shape
    /// at a size where it still finishes.
    static let smallestSize = ProcessInfo.processInfo.environment["CIVICSITE_SCALING_BYTES"].flatMap(Int.init) ?? 16_384
    static let largestSize = 65_536
    static let minimumTime = 0.015
    static let factor = 2.5
    /// Absolute slack for timer resolution and allocator noise.
    static let slack = 0.003
    static let attempts = 4

    func testRenderingTimeGrowsLinearly() {
        let renderer = MarkdownRenderer(options: .site(japanese: true))
        var report: [String] = []
        for shape in MarkdownPathologicalInputs.round1 + MarkdownPathologicalInputs.round2 {
            let first = Self.measure(shape, renderer)
            let m = first.isLinear ? first : Self.measure(shape, renderer, from: 2 * first.n)
            let name = shape.name.padding(toLength: 50, withPad: " ", startingAt: 0)
            report.append(name + String(format: " %7d B %7.1f ms  %7d B %7.1f ms  x%.2f",
                                        m.smallBytes, m.small * 1000, m.largeBytes, m.large * 1000, m.large / max(m.small, 1e-6)))
            XCTAssertTrue(m.isLinear, "\(shape.name): \(first.smallBytes) bytes took \(first.small) s, \(first.largeBytes) bytes "
                          + "\(first.large) s; \(m.smallBytes) bytes \(m.small) s, \(m.largeBytes) bytes \(m.large) s")
        }
        print("Markdown doubling (CPU time, best of runs):\n" + report.joined(separator: "\n"))
    }

    struct Measurement {
        var n = 0
        var smallBytes = 0, largeBytes = 0
        var small = Double.infinity, large = Double.infinity
        var isLinear: Bool { large <= MarkdownScalingTests.factor * small + MarkdownScalingTests.slack }
    }

    /// The best times for `n` and `2n`, measuring again (up to `attempts`
    /// times) while the pair looks super-linear. `n` starts at `from` and
    /// doubles while the smaller input renders in under `minimumTime`.
    static func measure(_ shape: MarkdownPathologicalInputs.Shape, _ renderer: MarkdownRenderer,
                        from start: Int = smallestSize) -> Measurement {
        var n = start
        var small = shape.make(n)
        var t = cpuTime { _ = renderer.renderWithNotices(small) }
        while t < minimumTime && n < largestSize {
            n *= 2
            small = shape.make(n)
            t = cpuTime { _ = renderer.renderWithNotices(small) }
        }
        let large = shape.make(2 * n)
        var m = Measurement(n: n, smallBytes: small.utf8.count, largeBytes: large.utf8.count, small: t)
        for attempt in 0..<attempts {
            if attempt > 0 { m.small = min(m.small, cpuTime { _ = renderer.renderWithNotices(small) }) }
            m.large = min(m.large, cpuTime { _ = renderer.renderWithNotices(large) })
            if m.isLinear { break }
        }
        return m
    }

    /// CPU seconds this thread spent in `body`.
    static func cpuTime(_ body: () -> Void) -> Double {
        func now() -> Double {
            var ts = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
        let start = now()
        body()
        return now() - start
    }
}
