import Dispatch
import Foundation

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

    /// `map` with more workers than cores, for work that waits on the disk
    /// (rendering and writing pages): while some workers wait for a file to
    /// be created, others use the CPU. Creating a folder and its file took
    /// about a millisecond each on the CI machine's disk.
    func parallelMap<T: Sendable>(ioWorkers workers: Int, _ transform: @Sendable @escaping (Element) -> T) -> [T] {
        parallelMap(ioWorkers: workers, worker: {}) { _, element in transform(element) }
    }

    /// `parallelMap(ioWorkers:)` where each worker first makes what it
    /// alone will use (`worker`, called on the worker's thread) and hands
    /// it to every `transform` it runs.
    func parallelMap<W, T: Sendable>(ioWorkers workers: Int, worker: @Sendable @escaping () -> W,
                                     _ transform: @Sendable @escaping (W, Element) -> T) -> [T] {
        let results = UnsafeResults<T>(count: count)
        let next = IndexCounter()
        let group = DispatchGroup()
        let items = self
        for _ in 0..<Swift.max(1, Swift.min(workers, count)) {
            DispatchQueue.global().async(group: group) {
                let own = worker()
                while let index = next.take(below: items.count) {
                    results.set(index, transform(own, items[index]))
                }
            }
        }
        group.wait()
        return results.values
    }
}

/// Hands out indexes 0, 1, 2 … to worker threads.
private final class IndexCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
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
