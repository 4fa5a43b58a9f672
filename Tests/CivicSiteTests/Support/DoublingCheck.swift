import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The size-doubling check of `MarkdownScalingTests`, for other parsers:
/// doubling an input may at most about double the time,
/// `time(2n) <= 2.5 × time(n) + slack`; a quadratic shape quadruples.
///
/// Times are this thread's CPU time and the best of a few runs, so other
/// work on a small shared machine does not count. A pair that looks
/// super-linear is measured again, and then the shape is doubled once more
/// before it is called super-linear: a quadratic shape quadruples at every
/// doubling, a shape that just outgrew a cache does not do it twice.
struct DoublingCheck {
    /// A family of inputs: `make(n)` is about `n` bytes.
    struct Shape: Sendable {
        let name: String
        let make: @Sendable (_ n: Int) -> String
        init(_ name: String, _ make: @escaping @Sendable (_ n: Int) -> String) {
            self.name = name
            self.make = make
        }
    }

    struct Measurement {
        var shape = ""
        var smallBytes = 0, largeBytes = 0
        var small = Double.infinity, large = Double.infinity
        var isLinear: Bool { large <= DoublingCheck.factor * small + DoublingCheck.slack }

        var line: String {
            shape.padding(toLength: 46, withPad: " ", startingAt: 0)
                + String(format: " %8d B %7.1f ms  %8d B %7.1f ms  x%.2f", smallBytes, small * 1000, largeBytes, large * 1000,
                         large / max(small, 1e-6))
        }
    }

    static let factor = 2.5
    /// Absolute slack for timer resolution and allocator noise.
    static let slack = 0.003
    static let attempts = 4

    /// Inputs start at this size and double while they take less than
    /// `minimumTime`, up to `largestSize`.
    var smallestSize: Int
    var largestSize: Int
    var minimumTime = 0.01

    /// Measures `shape` with `run`; the second measurement, from twice the
    /// size, when the first looked super-linear.
    func check(_ shape: Shape, _ run: (String) -> Void) -> Measurement {
        let first = measure(shape, from: smallestSize, run)
        if first.isLinear { return first }
        return measure(shape, from: 2 * first.smallBytes, run)
    }

    private func measure(_ shape: Shape, from start: Int, _ run: (String) -> Void) -> Measurement {
        var n = start
        var small = shape.make(n)
        var t = Self.cpuTime { run(small) }
        while t < minimumTime && n < largestSize {
            n *= 2
            small = shape.make(n)
            t = Self.cpuTime { run(small) }
        }
        let large = shape.make(2 * n)
        var m = Measurement(shape: shape.name, smallBytes: small.utf8.count, largeBytes: large.utf8.count, small: t)
        for attempt in 0..<Self.attempts {
            if attempt > 0 { m.small = min(m.small, Self.cpuTime { run(small) }) }
            m.large = min(m.large, Self.cpuTime { run(large) })
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
