import Dispatch

/// Work started on another thread now and collected later, so a stage that
/// runs on one core (the search index) overlaps stages that use the others.
final class BackgroundTask<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: T?

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// Waits for the work to finish; call once.
    func wait() -> T {
        done.wait()
        return result!
    }
}
