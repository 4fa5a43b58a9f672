#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An exclusive `flock` on `.<name>.lock` beside the output folder, held
/// from the moment a build opens its staging folder until the swap is done
/// and the old site deleted. A second build of the same output waits for
/// it (saying so), and gives up after a while.
///
/// The kernel drops the lock when its process dies, `SIGKILL` included, so
/// a killed build never leaves a stale lock. The file is deleted when the
/// lock is released; a build that took the lock checks that the file it
/// locked is still the one at that name, so a deleted file cannot let two
/// builds in at once.
final class OutputLock: @unchecked Sendable {
    private var fd: Int32
    let path: String

    /// Why the lock was not taken.
    enum Failure: Error {
        /// Another build held it for all of `waited` seconds.
        case busy(waited: Double)
        case system(FileIO.Failure)
    }

    /// Takes the lock on `name` in the folder `parent`, waiting at most
    /// `timeout` seconds. `waiting` is called once if the lock is busy.
    init(beside name: String, in parent: String, timeout: Double, waiting: () -> Void) throws(Failure) {
        path = parent + "/." + name + ".lock"
        let deadline = Date().addingTimeInterval(timeout)
        var told = false
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw .system(FileIO.Failure(path: path, code: errno)) }
            if flock(fd, LOCK_EX | LOCK_NB) == 0 {
                if Self.isStillAtPath(fd, path) {
                    self.fd = fd
                    return
                }
                // The holder deleted it as we opened it: try the new one.
                close(fd)
                continue
            }
            let code = errno
            close(fd)
            guard code == EWOULDBLOCK || code == EINTR else { throw .system(FileIO.Failure(path: path, code: code)) }
            if Date() >= deadline { throw .busy(waited: timeout) }
            if !told {
                told = true
                waiting()
            }
            Thread.sleep(forTimeInterval: min(0.05, max(0, deadline.timeIntervalSinceNow)))
        }
    }

    /// Deletes the lock file and releases the lock; later calls do nothing.
    func release() {
        guard fd >= 0 else { return }
        unlink(path)
        close(fd)
        fd = -1
    }

    deinit { release() }

    private static func isStillAtPath(_ fd: Int32, _ path: String) -> Bool {
        var open = stat(), named = stat()
        return fstat(fd, &open) == 0 && lstat(path, &named) == 0 && open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }
}
