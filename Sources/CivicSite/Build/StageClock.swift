import Foundation

/// Times the stages of a build, so `--timings` and the benchmark can show
/// where the seconds go.
struct StageClock {
    private let started = Date()
    private(set) var stages: [(name: String, seconds: Double)] = []

    mutating func time<T, E: Error>(_ name: String, _ work: () throws(E) -> T) throws(E) -> T {
        let start = Date()
        defer { stages.append((name, Date().timeIntervalSince(start))) }
        return try work()
    }

    var total: Double { Date().timeIntervalSince(started) }
}
