#if canImport(Glibc)
import Glibc

/// Says which paths changed under the watched folders (Linux `inotify`),
/// so a save is seen within milliseconds and only the saved file is looked
/// at, not the thousands of others. Events are hints: the watcher stamps
/// each named path itself, and when the kernel dropped events (its queue
/// overflowed) it scans everything.
final class FolderNotifier {
    /// What one wait brought.
    struct Events {
        /// The paths named by the events: files and folders created, written,
        /// deleted or renamed, and folders that were themselves removed.
        var paths: Set<String> = []
        /// Events were lost: only a full scan is exact.
        var overflowed = false
    }

    private let fd: Int32
    private var watched: Set<String> = []
    /// Watch descriptor → the folder it watches.
    private var folders: [Int32: String] = [:]

    /// Nil where `inotify` cannot be had (then the watcher polls).
    init?() {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if fd < 0 { return nil }
    }

    deinit {
        close(fd)
    }

    /// Watches each folder not watched yet. A folder that went away drops
    /// its watch by itself; a new one is added after the watcher finds it.
    func watch(_ folders: [String]) {
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
            | IN_DELETE_SELF | IN_MOVE_SELF)
        for folder in folders where !watched.contains(folder) {
            let wd = inotify_add_watch(fd, folder, mask)
            if wd >= 0 {
                watched.insert(folder)
                self.folders[wd] = folder
            }
        }
    }

    /// Waits up to `timeout` seconds for events; nil when none came.
    func wait(timeout: Double) -> Events? {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&entry, 1, Int32(max(0, timeout * 1000)))
        guard ready > 0 else { return nil }
        var events = Events()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = read(fd, &buffer, buffer.count)
            guard count > 0 else { break }
            parse(buffer[..<count], into: &events)
        }
        return events
    }

    /// `struct inotify_event`: wd, mask, cookie, len (4 bytes each), then a
    /// name of `len` bytes padded with NULs.
    private func parse(_ bytes: ArraySlice<UInt8>, into events: inout Events) {
        var offset = bytes.startIndex
        func word(_ at: Int) -> UInt32 {
            UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
        }
        while offset + 16 <= bytes.endIndex {
            let wd = Int32(bitPattern: word(offset))
            let mask = word(offset + 4)
            let length = Int(word(offset + 12))
            let nameBytes = bytes[(offset + 16)..<min(bytes.endIndex, offset + 16 + length)].prefix { $0 != 0 }
            offset += 16 + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { events.overflowed = true; continue }
            guard let folder = folders[wd] else { continue }
            if mask & UInt32(IN_IGNORED) != 0 {
                // The folder is gone (or unwatched): it is watched again if it comes back.
                folders[wd] = nil
                watched.remove(folder)
                events.paths.insert(folder)
                continue
            }
            if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 || nameBytes.isEmpty {
                // A folder moved away keeps its watch, which follows it: watching
                // its new name takes that watch over, and a new folder made under
                // the old name is watched anew.
                if mask & UInt32(IN_MOVE_SELF) != 0 { watched.remove(folder) }
                events.paths.insert(folder)
            } else {
                events.paths.insert(folder + "/" + String(decoding: nameBytes, as: UTF8.self))
            }
        }
    }
}
#else
/// Elsewhere the watcher polls.
final class FolderNotifier {
    struct Events {
        var paths: Set<String> = []
        var overflowed = false
    }

    init?() { return nil }
    func watch(_ folders: [String]) {}
    func wait(timeout: Double) -> Events? { nil }
}
#endif
