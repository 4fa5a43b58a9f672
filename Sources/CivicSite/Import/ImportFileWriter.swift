#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Creating a record file only when none of that name exists: the check
/// and the creation are one system call (`O_EXCL`), so a file made by
/// someone else in the meantime is never overwritten.
enum ImportFileWriter {
    enum Outcome: Equatable {
        case written
        case exists
        case failed(Int32)
    }

    static func create(_ path: String, data: Data) -> Outcome {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return errno == EEXIST ? .exists : .failed(errno) }
        defer { close(fd) }
        do {
            try FileIO.write(data, to: fd, path: path)
            return .written
        } catch let failure as FileIO.Failure {
            return .failed(failure.code)
        } catch {
            return .failed(EIO)
        }
    }

    /// `create` for every file, on several threads; the outcomes are in the
    /// files' order. After a failure (a full disk) the files not yet begun
    /// are not attempted: they are `.failed` with the same code.
    static func createAll(_ files: [(path: String, data: Data)]) -> [Outcome] {
        let results = ImportOutcomes(count: files.count)
        let workers = min(8, max(1, files.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < files.count {
                if let code = results.firstFailure {
                    results.set(index, .failed(code))
                } else {
                    results.set(index, create(files[index].path, data: files[index].data))
                }
                index += workers
            }
        }
        return results.all
    }
}

/// The outcomes of `createAll`, filled in by its threads.
private final class ImportOutcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [ImportFileWriter.Outcome]
    private var failure: Int32?

    init(count: Int) { outcomes = Array(repeating: .failed(ECANCELED), count: count) }

    var firstFailure: Int32? { lock.lock(); defer { lock.unlock() }; return failure }
    var all: [ImportFileWriter.Outcome] { lock.lock(); defer { lock.unlock() }; return outcomes }

    func set(_ index: Int, _ outcome: ImportFileWriter.Outcome) {
        lock.lock(); defer { lock.unlock() }
        outcomes[index] = outcome
        if case .failed(let code) = outcome, failure == nil { failure = code }
    }
}
