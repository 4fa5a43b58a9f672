#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Plain POSIX file writes. Foundation's `Data.write` and `createDirectory`
/// cost several extra system calls per file on Linux, which dominated the
/// build time of a site with tens of thousands of pages.
enum FileIO {
    struct Failure: Error, Equatable, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)))" }
    }

    static func write(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(fd) }
        try write(data, to: fd, path: path)
    }

    /// Writes all of `data` to the open file `fd`; `path` names it in a failure.
    static func write(_ data: Data, to fd: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard buffer.count > 0 else { return }
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, code: errno)
                }
                offset += n
            }
        }
    }

    /// A file longer than the limit its reader set; nothing of it was kept.
    struct TooLarge: Error, Equatable {
        var path: String
        /// The file's size in bytes, or, for a file whose size the system
        /// does not know ahead (a pipe) or that grew while being read, the
        /// bytes read when reading stopped: always above the limit.
        var size: Int
        var limit: Int
    }

    /// The bytes of a file, with the system's reason when it cannot be read
    /// (Foundation's errors carry no `errno`). With a `limit`, a longer file
    /// throws `TooLarge` after a look at its size, before any of it is read,
    /// so a huge file costs nothing; reading also stops past the limit, for
    /// files that grow or whose size is not known ahead.
    static func read(_ path: String, limit: Int? = nil) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(fd) }
        if let limit {
            var status = stat()
            if fstat(fd, &status) == 0, Int(status.st_size) > limit {
                throw TooLarge(path: path, size: Int(status.st_size), limit: limit)
            }
        }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = Glibc.read(fd, &chunk, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, code: errno)
            }
            if n == 0 { return data }
            data.append(contentsOf: chunk[..<n])
            if let limit, data.count > limit { throw TooLarge(path: path, size: data.count, limit: limit) }
        }
    }

    /// `path` as messages show it: relative to the current folder when inside it.
    static func shown(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Creates a folder and any missing parents, as `mkdir -p` does.
    static func makeDirectories(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { return }
            throw Failure(path: path, code: EEXIST)
        }
        let parent = parentPath(of: path)
        if !parent.isEmpty, parent != path { try makeDirectories(parent) }
        try makeDirectory(path)
    }

    /// `a/b/c` → `a/b`, `c` → ``, `/c` → `/`. NSString's
    /// `deletingLastPathComponent` traps on a name without a slash in the
    /// Foundation of Swift 6.3 on Linux.
    static func parentPath(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`.
    static func lastComponent(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// Creates one folder whose parent exists; an existing folder is fine.
    static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw Failure(path: path, code: errno)
        }
    }
}
