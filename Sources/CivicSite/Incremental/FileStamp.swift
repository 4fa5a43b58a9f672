#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `lstat` says about a file, enough to tell that it was saved again:
/// editors either rewrite a file in place (new modification and change
/// times, often a new size) or write a new file and rename it over the old
/// one (a new inode).
struct FileStamp: Hashable, Sendable {
    var modified: Int
    var changed: Int
    var size: Int
    var inode: UInt64

    /// The stamp of `path`, nil when it cannot be read (the decoder then
    /// reports why).
    /// `following` stamps what a link points at (a file copied into the
    /// site is read through links inside the content folder).
    init?(path: String, following: Bool = false) {
        var info = stat()
        guard (following ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
        size = Int(info.st_size)
        inode = UInt64(info.st_ino)
    }
}
