import Foundation

/// Notices saved, added, deleted and renamed files under some folders by
/// comparing snapshots (modification time, size, inode). Comparing
/// snapshots sees what editors really do (save to a temporary file and
/// rename it over the old one, create folders) on every file system. A
/// burst of saves is reported once, after it settles.
///
/// On Linux `inotify` (`FolderNotifier`) says when to look: a save is seen
/// within milliseconds, and a folder of 10,000 records is scanned only
/// after a change (and every few seconds, in case the file system sends no
/// events, as network drives may not). Elsewhere the folders are scanned
/// every `interval`, or four times what the last scan took if that is
/// longer, so a folder of 100,000 records is not scanned back to back.
final class FileWatcher: @unchecked Sendable {
    struct Stamp: Equatable {
        var modified: Int
        var size: Int
        var inode: UInt64
    }

    private let roots: [String]
    private let interval: TimeInterval
    private let settle: TimeInterval
    private var snapshot: [String: Stamp]
    private var folders: [String]
    private var stopped = false
    private let lock = NSLock()

    init(roots: [String], interval: TimeInterval = 0.25, settle: TimeInterval = 0.05) {
        self.roots = roots
        self.interval = interval
        self.settle = settle
        (snapshot, folders) = Self.scanWithFolders(roots)
    }

    /// Calls `changed` with the paths that differ, on a thread of its own, until `stop()`.
    func start(_ changed: @escaping @Sendable (Set<String>) -> Void) {
        let thread = Thread { [self] in
            let notifier = FolderNotifier()
            notifier?.watch(roots + folders)
            var took: TimeInterval = 0
            while !isStopped {
                if let notifier {
                    waitForEvents(notifier, fallback: max(3, took * 8))
                } else {
                    Thread.sleep(forTimeInterval: max(interval, took * 4))
                }
                if isStopped { break }
                let started = Date()
                var (next, nextFolders) = Self.scanWithFolders(roots)
                took = Date().timeIntervalSince(started)
                var paths = Self.difference(snapshot, next)
                notifier?.watch(nextFolders)
                guard !paths.isEmpty else { continue }
                // Wait for the burst to end: editors write several files per save.
                while !isStopped {
                    if let notifier {
                        if !notifier.wait(timeout: settle) { break }
                        while notifier.wait(timeout: settle) && !isStopped {}
                    } else {
                        Thread.sleep(forTimeInterval: max(settle, took))
                    }
                    let (later, laterFolders) = Self.scanWithFolders(roots)
                    let more = Self.difference(next, later)
                    (next, nextFolders) = (later, laterFolders)
                    notifier?.watch(nextFolders)
                    if more.isEmpty && notifier == nil { break }
                    paths.formUnion(more)
                }
                snapshot = next
                folders = nextFolders
                if !isStopped { changed(paths) }
            }
        }
        thread.name = "civicsite watcher"
        thread.start()
    }

    /// Waits for an event, at most `fallback` seconds, looking at the stop flag four times a second.
    private func waitForEvents(_ notifier: FolderNotifier, fallback: TimeInterval) {
        let until = Date().addingTimeInterval(fallback)
        while !isStopped && Date() < until {
            if notifier.wait(timeout: 0.25) {
                // Let the burst end before scanning.
                while notifier.wait(timeout: settle) && !isStopped {}
                return
            }
        }
    }

    func stop() {
        lock.lock(); stopped = true; lock.unlock()
    }

    private var isStopped: Bool {
        lock.lock(); defer { lock.unlock() }
        return stopped
    }

    static func difference(_ a: [String: Stamp], _ b: [String: Stamp]) -> Set<String> {
        var paths = Set<String>()
        for (path, stamp) in b where a[path] != stamp { paths.insert(path) }
        for path in a.keys where b[path] == nil { paths.insert(path) }
        return paths
    }

    /// Every file below the roots, by path. Hidden files count too
    /// (`.DS_Store` does not matter, but a theme's `.something` might).
    static func scan(_ roots: [String]) -> [String: Stamp] {
        scanWithFolders(roots).files
    }

    /// The files below the roots and the folders they are in.
    static func scanWithFolders(_ roots: [String]) -> (files: [String: Stamp], folders: [String]) {
        var result: [String: Stamp] = [:]
        var folders: [String] = []
        for root in roots {
            var pending = [root]
            while let folder = pending.popLast() {
                folders.append(folder)
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
                for name in names {
                    let path = folder + "/" + name
                    var info = stat()
                    guard lstat(path, &info) == 0 else { continue }
                    if (info.st_mode & S_IFMT) == S_IFDIR {
                        pending.append(path)
                    } else {
                        result[path] = Stamp(modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec),
                                             size: Int(info.st_size), inode: UInt64(info.st_ino))
                    }
                }
            }
        }
        return (result, folders)
    }
}
