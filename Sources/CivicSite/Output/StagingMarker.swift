#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The file that marks a folder as one civicsite wrote: written first into
/// every staging folder, it stays at the top of the site it becomes.
///
/// A later build deletes a leftover folder beside the output (from a build
/// that was killed) only when it carries this file, and replaces a folder a
/// link points to only when that folder carries it: a name alone
/// (`.site.new-…`) proves nothing.
enum StagingMarker {
    static let fileName = ".civicsite"

    /// The first line is what is checked; the rest is for people who look.
    static let signature = "civicsite-output 1\n"
    static let contents = Data((signature + """
        This folder was written by `civicsite build`. The next build replaces it as a whole:
        files put here by hand are not kept.

        """).utf8)

    /// Writes the marker into the folder open as `fd`.
    static func write(into fd: Int32) throws {
        let file = openat(fd, fileName, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw FileIO.Failure(path: fileName, code: errno) }
        defer { close(file) }
        try FileIO.write(contents, to: file, path: fileName)
    }

    /// Whether the folder open as `fd` carries the marker: a plain file
    /// (not a link, not a pipe that would block) starting with the signature.
    static func isPresent(in fd: Int32) -> Bool {
        let file = openat(fd, fileName, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { return false }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        let expected = Array(signature.utf8)
        var buffer = [UInt8](repeating: 0, count: expected.count)
        let count = read(file, &buffer, buffer.count)
        return count == expected.count && buffer == expected
    }

    /// Marks the folder `name` in `parent` unless it is marked already (a
    /// site written before markers existed, just moved aside by a swap), so
    /// that a build killed now leaves a folder the next one knows as ours.
    /// Returns whether it wrote the marker.
    @discardableResult
    static func markIfMissing(_ name: String, in parent: Int32) -> Bool {
        let fd = openat(parent, name, folderNoFollow)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        guard !isPresent(in: fd) else { return false }
        return (try? write(into: fd)) != nil
    }

    /// Removes the marker `markIfMissing` wrote, when a folder goes back in place.
    static func unmark(_ name: String, in parent: Int32) {
        let fd = openat(parent, name, folderNoFollow)
        guard fd >= 0 else { return }
        unlinkat(fd, fileName, 0)
        close(fd)
    }

    /// Whether the folder at `path` carries the marker (the folder itself
    /// may be reached through links: the caller resolved it).
    static func isPresent(atPath path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return isPresent(in: fd)
    }
}
