#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension StagingFolder {
    /// Adds bytes at the end of a file already written with `write(_:)`, for
    /// files made a piece at a time (open data). Not counted again.
    func append(_ data: Data, to path: String) throws {
        let full = rootPath + "/" + path
        do {
            let fd = open(full, O_WRONLY | O_APPEND | O_CLOEXEC)
            guard fd >= 0 else { throw FileIO.Failure(path: full, code: errno) }
            defer { close(fd) }
            try FileIO.write(data, to: fd, path: full)
        } catch var failure as FileIO.Failure {
            // Named where the file goes in the output, as `write` names it.
            if failure.path.hasPrefix(rootPath) { failure.path = outputShown + failure.path.dropFirst(rootPath.count) }
            throw failure
        }
    }
}
