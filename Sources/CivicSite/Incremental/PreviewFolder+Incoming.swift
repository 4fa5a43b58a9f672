#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension PreviewFolder {
    /// A file written a piece at a time beside its final name (the open
    /// data: hundreds of megabytes at 100,000 records, never held whole),
    /// renamed over it at the end only when its bytes changed. Dropped
    /// unfinished, it removes what it wrote.
    final class Incoming {
        private let final: String
        private let temporary: String
        private var fd: Int32
        private var hasher = Hasher()
        private var size = 0

        fileprivate init(final: String, temporary: String) throws {
            self.final = final
            self.temporary = temporary
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw FileIO.Failure(path: temporary, code: errno) }
        }

        deinit {
            guard fd >= 0 else { return }
            close(fd)
            unlink(temporary)
        }

        func append(_ bytes: [UInt8]) throws {
            let data = Data(bytes)
            try FileIO.write(data, to: fd, path: temporary)
            data.withUnsafeBytes { hasher.combine(bytes: $0) }
            size += bytes.count
        }

        /// Closes the file and puts it in place, unless its digest is
        /// `unchanged` (the ledger's): then the file served stays. Returns
        /// the digest and whether the file was replaced.
        func finish(unless unchanged: FileDigest?) throws -> (digest: FileDigest, replaced: Bool) {
            close(fd)
            fd = -1
            let digest = FileDigest(size: size, hash: hasher.finalize())
            if digest == unchanged {
                unlink(temporary)
                return (digest, false)
            }
            guard rename(temporary, final) == 0 else {
                let code = errno
                unlink(temporary)
                throw FileIO.Failure(path: final, code: code)
            }
            return (digest, true)
        }
    }

    /// A file at `path` (relative, `/`-separated) to be written in pieces.
    func incoming(_ path: String) throws -> Incoming {
        try ensureFolder(FileIO.parentPath(of: path))
        return try Incoming(final: root + "/" + path, temporary: temporaryPath(for: path))
    }
}
