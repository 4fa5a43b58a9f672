#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries of an open folder, read with `readdir` so that the kind of
/// each entry comes from the folder itself: no `stat` per file, and a
/// link is seen as a link, never as what it points to.
struct DirectoryEntry: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case folder, file, link, special
        /// The file system did not say (some network file systems).
        case unknown
    }

    var name: String
    var kind: Kind

    /// The entries of the folder open as `fd` (without `.` and `..`), or nil
    /// with `errno` set. `fd` stays open and owned by the caller.
    static func list(_ fd: Int32) -> [DirectoryEntry]? {
        let copy = dup(fd)
        guard copy >= 0 else { return nil }
        guard let dir = fdopendir(copy) else {
            let saved = errno
            close(copy)
            errno = saved
            return nil
        }
        defer { closedir(dir) }
        // `dup` shares the read position: start from the top even when
        // the folder was listed before.
        rewinddir(dir)
        var entries: [DirectoryEntry] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            entries.append(DirectoryEntry(name: name, kind: kind(ofType: entry.pointee.d_type)))
        }
        return entries
    }

    static func kind(ofType type: UInt8) -> Kind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_LNK): return .link
        case Int32(DT_UNKNOWN): return .unknown
        default: return .special
        }
    }

    /// The kind of `name` in the folder `fd`, from `fstatat` without following a link.
    static func kind(of name: String, in fd: Int32) -> Kind? {
        var info = stat()
        guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return kind(ofMode: info.st_mode)
    }

    static func kind(ofMode mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        case S_IFLNK: return .link
        default: return .special
        }
    }
}

/// `open` flags for a folder that must not be reached through a link.
let folderNoFollow: Int32 = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
