import Foundation

/// Notices saved, added, deleted and renamed files under some folders by
/// comparing snapshots (modification time, size, inode). Comparing
/// snapshots sees what editors really do (save to a temporary file and
/// rename it over the old one, create folders) on every file system. A
/// burst of saves is reported once, after it settles.
///
/// On Linux `inotify` (`FolderNotifier`) says when and where to look: a
/// save is seen within milliseconds and only the paths the events name are
/// stamped again; a folder of 10,000 records is scanned whole only when
/// events were lost, and every few seconds in case the file system sends
/// none (network drives may not). Elsewhere the folders are scanned
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
    func start(_ changed: @escaping @Sendable (FileChanges) -> Void) {
        let thread = Thread { [self] in
            if let notifier = FolderNotifier() {
                watchEvents(notifier, changed)
            } else {
                poll(changed)
            }
        }
        thread.name = "civicsite watcher"
        thread.start()
    }

    /// With `inotify`: the paths the events name are stamped again, and
    /// only they; everything is scanned when events were lost, and after a
    /// few quiet seconds in case the file system sent none.
    private func watchEvents(_ notifier: FolderNotifier, _ changed: @escaping @Sendable (FileChanges) -> Void) {
        notifier.watch(roots + folders)
        var took: TimeInterval = 0
        while !isStopped {
            guard var events = waitForEvents(notifier, fallback: max(3, took * 8)) else {
                if isStopped { break }
                let started = Date()
                let changes = rescan(notifier)
                took = Date().timeIntervalSince(started)
                if !changes.paths.isEmpty && !isStopped { changed(changes) }
                continue
            }
            // Wait for the burst to end: editors write several files per save.
            while !isStopped, let more = notifier.wait(timeout: settle) {
                events.paths.formUnion(more.paths)
                events.overflowed = events.overflowed || more.overflowed
            }
            if isStopped { break }
            let changes = events.overflowed ? rescan(notifier) : refresh(events.paths, notifier)
            if !changes.paths.isEmpty { changed(changes) }
        }
    }

    /// Scans everything; returns what differs from the last snapshot.
    private func rescan(_ notifier: FolderNotifier?) -> FileChanges {
        let (next, nextFolders) = Self.scanWithFolders(roots)
        let paths = Self.difference(snapshot, next)
        let listed = paths.allSatisfy { snapshot[$0] != nil && next[$0] != nil } && folders == nextFolders
        snapshot = next
        folders = nextFolders
        notifier?.watch(nextFolders)
        return FileChanges(paths: paths, listingsUnchanged: listed)
    }

    /// Stamps `paths` again (and scans the folders among them that are new);
    /// returns the files that were added, changed or removed.
    private func refresh(_ paths: Set<String>, _ notifier: FolderNotifier) -> FileChanges {
        var changed = Set<String>()
        var listed = true
        var known = Set(folders)
        for path in paths.sorted() {
            var info = stat()
            if lstat(path, &info) != 0 {
                if snapshot.removeValue(forKey: path) != nil { changed.insert(path); listed = false }
                if known.contains(path) {
                    // A folder went away with everything in it.
                    let prefix = path + "/"
                    for file in snapshot.keys where file.hasPrefix(prefix) {
                        snapshot[file] = nil
                        changed.insert(file)
                    }
                    known = known.filter { $0 != path && !$0.hasPrefix(prefix) }
                    listed = false
                }
            } else if (info.st_mode & S_IFMT) == S_IFDIR {
                guard !known.contains(path) else { continue }
                listed = false
                // A new folder (made, or moved in): its files are new too.
                let (files, inside) = Self.scanWithFolders([path])
                for (file, stamp) in files where snapshot[file] != stamp {
                    snapshot[file] = stamp
                    changed.insert(file)
                }
                known.formUnion(inside)
            } else {
                let stamp = Self.stamp(info)
                if snapshot[path] != stamp {
                    if snapshot[path] == nil { listed = false }
                    snapshot[path] = stamp
                    changed.insert(path)
                }
            }
        }
        folders = known.sorted()
        notifier.watch(folders)
        return FileChanges(paths: changed, listingsUnchanged: listed)
    }

    /// Without `inotify`: the folders are scanned every `interval`, or four
    /// times what the last scan took if that is longer.
    private func poll(_ changed: @escaping @Sendable (FileChanges) -> Void) {
        var took: TimeInterval = 0
        while !isStopped {
            Thread.sleep(forTimeInterval: max(interval, took * 4))
            if isStopped { break }
            let started = Date()
            var changes = rescan(nil)
            took = Date().timeIntervalSince(started)
            guard !changes.paths.isEmpty else { continue }
            // Wait for the burst to end: editors write several files per save.
            while !isStopped {
                Thread.sleep(forTimeInterval: max(settle, took))
                let more = rescan(nil)
                if more.paths.isEmpty { break }
                changes = changes.merged(with: more)
            }
            if !isStopped { changed(changes) }
        }
    }

    /// Waits for events, at most `fallback` seconds, looking at the stop
    /// flag four times a second; nil when none came.
    private func waitForEvents(_ notifier: FolderNotifier, fallback: TimeInterval) -> FolderNotifier.Events? {
        let until = Date().addingTimeInterval(fallback)
        while !isStopped && Date() < until {
            if let events = notifier.wait(timeout: 0.25) { return events }
        }
        return nil
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

    static func stamp(_ info: stat) -> Stamp {
        Stamp(modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec),
              size: Int(info.st_size), inode: UInt64(info.st_ino))
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
                        result[path] = stamp(info)
                    }
                }
            }
        }
        return (result, folders)
    }
}
