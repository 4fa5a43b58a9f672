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

    /// `create` for every file, with several at once (the disk, not the
    /// CPU, is what they wait for); the outcomes are in the files' order.
    static func createAll(_ files: [(path: String, data: Data)]) -> [Outcome] {
        files.parallelMap(ioWorkers: 8) { create($0.path, data: $0.data) }
    }
}
