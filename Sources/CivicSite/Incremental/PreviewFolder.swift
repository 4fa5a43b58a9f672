#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The preview's private site folder, updated in place: each file is
/// written beside its final name and renamed over it, so a request never
/// reads half a file, and only files whose bytes changed are written.
///
/// The folder is the session's own (a random name under the temporary
/// folder, created by the session), so no swap is needed; still nothing is
/// written through a link: a file's folders are created here, a link found
/// where a folder should be stops the write, and files are renamed and
/// unlinked by their own names, which never follows a link.
final class PreviewFolder: @unchecked Sendable {
    let root: String
    private var folders: Set<String> = [""]
    private var serial = 0
    private let lock = NSLock()

    init(root: String) throws {
        self.root = root
        try FileIO.makeDirectories(root)
        try ensureMarker()
    }

    /// The marker every built site carries (`StagingMarker`), so the folder
    /// holds the same files as a fresh build.
    private func ensureMarker() throws {
        let path = root + "/" + StagingMarker.fileName
        if (try? FileIO.read(path)) != StagingMarker.contents { try write(StagingMarker.contents, to: StagingMarker.fileName) }
    }

    /// Writes `data` at `path` (relative, `/`-separated) atomically.
    func write(_ data: Data, to path: String) throws {
        try ensureFolder(FileIO.parentPath(of: path))
        let final = root + "/" + path
        let temporary = temporaryPath(for: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileIO.Failure(path: temporary, code: errno) }
        do {
            try FileIO.write(data, to: fd, path: temporary)
            close(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, final) == 0 else {
            let code = errno
            unlink(temporary)
            throw FileIO.Failure(path: final, code: code)
        }
    }

    /// A name beside `path`'s, hidden and unique in this process, to write
    /// the file under before it is renamed over `path`.
    func temporaryPath(for path: String) -> String {
        lock.lock(); serial += 1; let n = serial; lock.unlock()
        let parent = FileIO.parentPath(of: path)
        return root + "/" + parent + (parent.isEmpty ? "" : "/") + ".\(FileIO.lastComponent(of: path)).tmp-\(getpid())-\(n)"
    }

    /// Removes the file at `path` and the folders it leaves empty (a fresh
    /// build has no empty folders).
    func remove(_ path: String) {
        unlink(root + "/" + path)
        var folder = FileIO.parentPath(of: path)
        while !folder.isEmpty, rmdir(root + "/" + folder) == 0 {
            lock.lock(); folders.remove(folder); lock.unlock()
            folder = FileIO.parentPath(of: folder)
        }
    }

    /// Creates a folder and its parents, refusing a link or a file in the way.
    func ensureFolder(_ folder: String) throws {
        lock.lock()
        let known = folders.contains(folder)
        lock.unlock()
        if known { return }
        if !folder.isEmpty { try ensureFolder(FileIO.parentPath(of: folder)) }
        let path = root + "/" + folder
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw FileIO.Failure(path: path, code: errno) }
        var info = stat()
        guard lstat(path, &info) == 0 else { throw FileIO.Failure(path: path, code: errno) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw FileIO.Failure(path: path, code: ENOTDIR) }
        lock.lock(); folders.insert(folder); lock.unlock()
    }
}
