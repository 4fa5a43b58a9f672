#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import XCTest

/// File trees for the output-safety tests: a temporary project, and
/// snapshots taken without following links, so a test sees a link as a
/// link and a deleted target as deleted.
enum OutputTestTree {
    /// One entry of a snapshot.
    enum Node: Equatable, CustomStringConvertible {
        case folder
        case file(Data)
        case link(String)
        case special

        var description: String {
            switch self {
            case .folder: return "folder"
            case .file(let d): return "file(\(d.count) bytes)"
            case .link(let t): return "link → \(t)"
            case .special: return "special"
            }
        }
    }

    /// A fresh temporary folder, deleted by the caller.
    static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A project folder holding copies of `content` (the sample's unless
    /// given) and the themes, so links planted by a test can only ever
    /// reach copies.
    static func project(_ name: String, content: URL = TestPaths.projectRoot.appendingPathComponent("content")) throws -> URL {
        let root = try temporaryFolder(name)
        try FileManager.default.copyItem(at: content, to: root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: TestPaths.projectRoot.appendingPathComponent("themes"), to: root.appendingPathComponent("themes"))
        return root
    }

    /// Every entry below `root` by relative path; links are recorded, not followed.
    static func snapshot(_ root: URL) -> [String: Node] {
        var result: [String: Node] = [:]
        func walk(_ path: String, _ relative: String) {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
            for name in names {
                let full = path + "/" + name, rel = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    result[rel] = .folder
                    walk(full, rel)
                case S_IFREG: result[rel] = .file(FileManager.default.contents(atPath: full) ?? Data())
                case S_IFLNK: result[rel] = .link((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "")
                default: result[rel] = .special
                }
            }
        }
        walk(root.path, "")
        return result
    }

    /// The snapshot of `root` itself too: a link at the top is recorded as one.
    static func snapshotIncludingRoot(_ root: URL) -> [String: Node] {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: root.path) { return [".": .link(target)] }
        return snapshot(root)
    }

    /// The names in `folder` other than `expected`: leftovers of a build.
    static func strays(in folder: URL, expected: Set<String>) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !expected.contains($0) }.sorted()
    }

    /// The first difference between two snapshots, for a readable failure.
    static func difference(_ a: [String: Node], _ b: [String: Node]) -> String? {
        for key in Set(a.keys).union(b.keys).sorted() where a[key] != b[key] {
            return "\(key): \(a[key].map(\.description) ?? "missing") vs \(b[key].map(\.description) ?? "missing")"
        }
        return nil
    }
}
