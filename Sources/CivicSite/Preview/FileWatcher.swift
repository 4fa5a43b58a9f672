import Foundation

/// Notices saved, added, deleted and renamed files under some folders by
/// comparing snapshots (modification time, size, inode) a few times a
/// second. Polling sees what editors really do (save to a temporary file
/// and rename it over the old one, create folders) on every file system,
/// where inotify would need a watch per folder and misses renames into new
/// ones. A burst of saves is reported once, after it settles.
///
/// The pause between scans is at least `interval` and at least four times
/// what the last scan took, so a folder of 100,000 records is not scanned
/// back to back on a shared machine while 10,000 are seen within a tenth
/// of a second.
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
    private var stopped = false
    private let lock = NSLock()

    init(roots: [String], interval: TimeInterval = 0.1, settle: TimeInterval = 0.05) {
        self.roots = roots
        self.interval = interval
        self.settle = settle
        snapshot = Self.scan(roots)
    }

    /// Calls `changed` with the paths that differ, on a thread of its own, until `stop()`.
    func start(_ changed: @escaping @Sendable (Set<String>) -> Void) {
        let thread = Thread { [self] in
            var took: TimeInterval = 0
            while !isStopped {
                Thread.sleep(forTimeInterval: max(interval, took * 4))
                let started = Date()
                var next = Self.scan(roots)
                took = Date().timeIntervalSince(started)
                var paths = Self.difference(snapshot, next)
                guard !paths.isEmpty else { continue }
                // Wait for the burst to end: editors write several files per save.
                while !isStopped {
                    Thread.sleep(forTimeInterval: max(settle, took))
                    let later = Self.scan(roots)
                    let more = Self.difference(next, later)
                    next = later
                    if more.isEmpty { break }
                    paths.formUnion(more)
                }
                snapshot = next
                if !isStopped { changed(paths) }
            }
        }
        thread.name = "civicsite watcher"
        thread.start()
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
        var result: [String: Stamp] = [:]
        for root in roots {
            var pending = [root]
            while let folder = pending.popLast() {
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
        return result
    }
}
