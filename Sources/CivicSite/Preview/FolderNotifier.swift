#if canImport(Glibc)
import Glibc

/// Wakes the watcher when something changes under the watched folders
/// (Linux `inotify`), so a save is seen within milliseconds without
/// scanning thousands of files ten times a second. It only says *that*
/// something changed; the watcher's scan says what, so a missed or merged
/// event costs nothing but a later scan.
final class FolderNotifier {
    private let fd: Int32
    private var watched: Set<String> = []

    /// Nil where `inotify` cannot be had (then the watcher polls).
    init?() {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if fd < 0 { return nil }
    }

    deinit {
        close(fd)
    }

    /// Watches each folder not watched yet. A folder that went away drops
    /// its watch by itself; a new one is added after the scan that finds it.
    func watch(_ folders: [String]) {
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
            | IN_DELETE_SELF | IN_MOVE_SELF)
        for folder in folders where !watched.contains(folder) {
            if inotify_add_watch(fd, folder, mask) >= 0 { watched.insert(folder) }
        }
    }

    /// Forgets every watch record, so folders that were removed and made
    /// again are watched anew by the next `watch`.
    func rewatchAll() {
        watched = []
    }

    /// Waits up to `timeout` seconds for events; true when some came (they are read and dropped).
    func wait(timeout: Double) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&entry, 1, Int32(max(0, timeout * 1000)))
        guard ready > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while read(fd, &buffer, buffer.count) > 0 {}
        return true
    }
}
#else
/// Elsewhere the watcher polls.
final class FolderNotifier {
    init?() { return nil }
    func watch(_ folders: [String]) {}
    func rewatchAll() {}
    func wait(timeout: Double) -> Bool { false }
}
#endif
