@testable import CivicSite
import Foundation

/// A built site as its files' bytes by relative path, and what differs
/// between two of them.
struct SiteTree {
    var files: [String: Data] = [:]
    /// Folders with nothing in them (a fresh build makes none).
    var emptyFolders: [String] = []

    init(_ root: URL) {
        let manager = FileManager.default
        let prefix = root.standardizedFileURL.path + "/"
        guard let walker = manager.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return }
        for case let url as URL in walker {
            let relative = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                if (try? manager.contentsOfDirectory(atPath: url.path))?.isEmpty == true { emptyFolders.append(relative) }
            } else {
                files[relative] = try? FileIO.read(url.path)
            }
        }
    }

    /// The differences, at most `limit` of them, one line each; empty when the trees are the same.
    func differences(from expected: SiteTree, limit: Int = 10) -> [String] {
        var lines: [String] = []
        for path in expected.files.keys.sorted() where files[path] == nil { lines.append("missing \(path)") }
        for path in files.keys.sorted() where expected.files[path] == nil { lines.append("extra \(path)") }
        for path in files.keys.sorted() {
            if let mine = files[path], let theirs = expected.files[path], mine != theirs { lines.append("differs \(path)") }
        }
        lines += emptyFolders.sorted().map { "empty folder \($0)" }
        return Array(lines.prefix(limit))
    }
}
