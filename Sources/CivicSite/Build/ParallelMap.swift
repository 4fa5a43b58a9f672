import Dispatch

extension Array where Element: Sendable {
    /// `map` over all cores, keeping the order of the input so output stays
    /// deterministic whatever the scheduling.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let results = UnsafeResults<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, transform(self[index]))
        }
        return results.values
    }
}

/// Each index is written by exactly one iteration, so the slots need no lock.
/// A raw buffer rather than an array property: concurrent writes to an array
/// stored in a class would trip Swift's exclusivity checks.
private final class UnsafeResults<T>: @unchecked Sendable {
    private let buffer: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        buffer = .allocate(capacity: Swift.max(count, 1))
        buffer.initialize(repeating: nil, count: Swift.max(count, 1))
    }

    deinit {
        buffer.deinitialize(count: Swift.max(count, 1))
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: T) {
        buffer[index] = value
    }

    var values: [T] { (0..<count).map { buffer[$0]! } }
}
