#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// Deletes a folder tree without ever following a symbolic link: every
/// folder is opened with `O_NOFOLLOW` relative to its parent's descriptor,
/// and everything else, links included, is removed with `unlinkat` as
/// itself. A link planted in an old site (`site/pdfs` → `/srv/pdfs`) goes;
/// what it points to is never opened.
///
/// A name that turns into a link while the walk runs fails to open as a
/// folder and is unlinked as a link, so a race cannot lead the walk out of
/// the tree either.
enum SafeRemoval {
    /// Removes `name` in the folder open as `parentFD`: a folder with all it
    /// holds, a file or a link as itself. `last`, a top-level entry, is
    /// removed after everything else (the marker, so that a removal stopped
    /// half-way still leaves a folder known to be ours). Several threads
    /// unlink at once: deleting is bound by the disk's latency, not the CPU,
    /// and more threads than cores keep its queue full.
    ///
    /// Returns the first failure, nil when everything went. `shown` names
    /// the folder in that failure.
    @discardableResult
    static func remove(_ name: String, in parentFD: Int32, shown: String, removingLast last: String? = nil,
                       threads: Int = 8, failPoint: FailPoint.Name? = nil) -> FileIO.Failure? {
        let remover = Remover(shown: shown)
        guard DirectoryEntry.kind(of: name, in: parentFD) == .folder else {
            remover.unlink(name, in: parentFD, relative: "")
            return remover.firstFailure
        }
        let root = openat(parentFD, name, folderNoFollow)
        guard root >= 0 else {
            remover.openFailed(name, in: parentFD, relative: "")
            return remover.firstFailure
        }
        // The top level and the one below it are listed here, so the
        // threads get enough work even when a site has few top folders.
        var work: [Remover.Item] = []
        var subfolders: [(fd: Int32, name: String)] = []
        for entry in DirectoryEntry.list(root) ?? [] where entry.name != last {
            guard remover.resolvedKind(entry, in: root) == .folder else {
                remover.unlink(entry.name, in: root, relative: entry.name)
                continue
            }
            let sub = openat(root, entry.name, folderNoFollow)
            guard sub >= 0 else {
                remover.openFailed(entry.name, in: root, relative: entry.name)
                continue
            }
            subfolders.append((sub, entry.name))
            work += (DirectoryEntry.list(sub) ?? []).map { Remover.Item(fd: sub, entry: $0, relative: entry.name + "/" + $0.name) }
        }
        let queue = WorkQueue(work)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(threads, work.count)) {
            DispatchQueue.global().async(group: group) {
                var done = 0
                while let item = queue.next() {
                    remover.remove(item.entry, in: item.fd, relative: item.relative)
                    done += 1
                    if done == 1, let failPoint { FailPoint.reach(failPoint) }
                }
            }
        }
        group.wait()
        for sub in subfolders {
            close(sub.fd)
            remover.removeEmptyFolder(sub.name, in: root, relative: sub.name)
        }
        if let last, let kind = DirectoryEntry.kind(of: last, in: root) {
            remover.remove(DirectoryEntry(name: last, kind: kind), in: root, relative: last)
        }
        close(root)
        remover.removeEmptyFolder(name, in: parentFD, relative: "")
        return remover.firstFailure
    }

    /// Removes the folder (or file, or link) at `path`, whose parent folder
    /// may be reached through links; nothing inside it is followed.
    @discardableResult
    static func remove(atPath path: String, removingLast last: String? = nil) -> FileIO.Failure? {
        let parent = FileIO.parentPath(of: path)
        let fd = open(parent.isEmpty ? "." : parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return errno == ENOENT ? nil : FileIO.Failure(path: parent, code: errno) }
        defer { close(fd) }
        return remove(FileIO.lastComponent(of: path), in: fd, shown: FileIO.shown(path), removingLast: last)
    }
}

/// One removal's walk and its first failure; shared by the threads.
private final class Remover: @unchecked Sendable {
    struct Item: @unchecked Sendable {
        var fd: Int32
        var entry: DirectoryEntry
        var relative: String
    }

    private let shown: String
    private let lock = NSLock()
    private(set) var firstFailure: FileIO.Failure?

    init(shown: String) { self.shown = shown }

    func fail(_ relative: String, _ code: Int32) {
        lock.lock(); defer { lock.unlock() }
        if firstFailure == nil {
            firstFailure = FileIO.Failure(path: relative.isEmpty ? shown : shown + "/" + relative, code: code)
        }
    }

    func resolvedKind(_ entry: DirectoryEntry, in fd: Int32) -> DirectoryEntry.Kind {
        entry.kind == .unknown ? (DirectoryEntry.kind(of: entry.name, in: fd) ?? .file) : entry.kind
    }

    /// Removes one entry of the folder `fd`, a whole folder depth first.
    func remove(_ entry: DirectoryEntry, in fd: Int32, relative: String) {
        guard resolvedKind(entry, in: fd) == .folder else {
            unlink(entry.name, in: fd, relative: relative)
            return
        }
        let sub = openat(fd, entry.name, folderNoFollow)
        guard sub >= 0 else {
            openFailed(entry.name, in: fd, relative: relative)
            return
        }
        for child in DirectoryEntry.list(sub) ?? [] {
            remove(child, in: sub, relative: relative + "/" + child.name)
        }
        close(sub)
        removeEmptyFolder(entry.name, in: fd, relative: relative)
    }

    /// Unlinks a file or a link; a name that is a folder after all (the
    /// file system gave no kind, or it changed) is removed as one.
    func unlink(_ name: String, in fd: Int32, relative: String) {
        guard unlinkat(fd, name, 0) != 0 else { return }
        let code = errno
        if code == ENOENT { return }
        if DirectoryEntry.kind(of: name, in: fd) == .folder {
            remove(DirectoryEntry(name: name, kind: .folder), in: fd, relative: relative)
        } else {
            fail(relative, code)
        }
    }

    /// A folder that could not be opened: a link or file put in its place
    /// is unlinked as itself, anything else is a failure.
    func openFailed(_ name: String, in fd: Int32, relative: String) {
        let code = errno
        switch code {
        case ENOENT: return
        case ENOTDIR, ELOOP: unlink(name, in: fd, relative: relative)
        default: fail(relative, code)
        }
    }

    func removeEmptyFolder(_ name: String, in fd: Int32, relative: String) {
        if unlinkat(fd, name, AT_REMOVEDIR) != 0, errno != ENOENT { fail(relative, errno) }
    }
}

/// Hands out work to the removing threads, one item at a time.
private final class WorkQueue<Item>: @unchecked Sendable {
    private var items: [Item]
    private let lock = NSLock()

    init(_ items: [Item]) { self.items = items }

    func next() -> Item? {
        lock.lock(); defer { lock.unlock() }
        return items.popLast()
    }
}
