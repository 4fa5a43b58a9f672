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
        var status = stat()
        let size = fstat(fd, &status) == 0 ? Int(status.st_size) : 0
        if let limit, size > limit { throw TooLarge(path: path, size: size, limit: limit) }
        // Read into a buffer of the file's size and one byte more, to see
        // the end, not cleared first; a file that grew meanwhile is read on
        // in steps.
        let capacity = size + 1
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 1)
        let count: Int
        do { count = try readFully(fd, into: buffer, capacity: capacity, path: path) } catch {
            buffer.deallocate()
            throw error
        }
        var data = Data(bytesNoCopy: buffer, count: count, deallocator: .custom { pointer, _ in pointer.deallocate() })
        guard count == capacity else { return data }
        let step = 1 << 16
        let more = UnsafeMutableRawPointer.allocate(byteCount: step, alignment: 1)
        defer { more.deallocate() }
        while true {
            let n = try readFully(fd, into: more, capacity: step, path: path)
            data.append(more.assumingMemoryBound(to: UInt8.self), count: n)
            if let limit, data.count > limit { throw TooLarge(path: path, size: data.count, limit: limit) }
            if n < step { return data }
        }
    }

    /// Reads until `capacity` bytes are in `buffer` or the file ends; the bytes read.
    private static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawPointer, capacity: Int, path: String) throws -> Int {
        var count = 0
        while count < capacity {
            let n = Glibc.read(fd, buffer + count, capacity - count)
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, code: errno)
            }
            if n == 0 { break }
            count += n
        }
        return count
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
