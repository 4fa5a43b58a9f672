#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What killed builds leave beside an output folder `site`: staging folders
/// `.site.new-…` and retired sites `.site.old-…`. The build that holds the
/// output lock next cleans them up: every other build that could own one
/// would hold the lock, so any it finds are left by a process that died.
///
/// Only folders carrying the `StagingMarker` are deleted; an empty one
/// (killed before its marker was written) is removed as nothing is lost;
/// anything else with such a name is left alone and reported.
enum StagingLeftovers {
    enum Finding: Equatable {
        /// A marked leftover was deleted.
        case removed(String)
        /// The output folder was missing (a swap stopped between its two
        /// renames) and this retired site was put back in its place.
        case restored(String)
        /// Named like a leftover but not marked: left where it is.
        case leftAlone(String)
        /// A marked leftover that could not be deleted entirely.
        case notRemoved(String, FileIO.Failure)
    }

    static func newPrefix(_ output: String) -> String { "." + output + ".new-" }
    static func oldPrefix(_ output: String) -> String { "." + output + ".old-" }

    /// Cleans up beside `output`, a name in the folder `parent`; `shown`
    /// names an entry of that folder in messages.
    static func clean(output: String, in parent: Int32, shown: (String) -> String) -> [Finding] {
        let prefixes = [newPrefix(output), oldPrefix(output)]
        let names = (DirectoryEntry.list(parent) ?? []).map(\.name)
            .filter { name in prefixes.contains { name.hasPrefix($0) && name.count > $0.count } }
            .sorted()
        guard !names.isEmpty else { return [] }
        var findings: [Finding] = []
        var marked: [(name: String, changed: Double)] = []
        for name in names {
            switch look(at: name, in: parent) {
            case .marked(let changed): marked.append((name, changed))
            case .empty: unlinkat(parent, name, AT_REMOVEDIR)
            case .onlyMarkerBegun:
                let fd = openat(parent, name, folderNoFollow)
                if fd >= 0 { unlinkat(fd, StagingMarker.fileName, 0); close(fd) }
                unlinkat(parent, name, AT_REMOVEDIR)
            case .foreign: findings.append(.leftAlone(name))
            }
        }
        if DirectoryEntry.kind(of: output, in: parent) == nil,
           let previous = marked.filter({ $0.name.hasPrefix(oldPrefix(output)) }).max(by: { $0.changed < $1.changed }),
           renameat(parent, previous.name, parent, output) == 0 {
            findings.append(.restored(previous.name))
            marked.removeAll { $0.name == previous.name }
        }
        for leftover in marked {
            if let failure = SafeRemoval.remove(leftover.name, in: parent, shown: shown(leftover.name),
                                                removingLast: StagingMarker.fileName) {
                findings.append(.notRemoved(leftover.name, failure))
            } else {
                findings.append(.removed(leftover.name))
            }
        }
        return findings
    }

    private enum Look {
        /// Ours; when it last changed (a rename changes it), to pick the newest.
        case marked(changed: Double)
        case empty
        /// Killed while writing its marker, the first file: nothing but a
        /// partial marker, so nothing of anyone's can be lost.
        case onlyMarkerBegun
        case foreign
    }

    private static func look(at name: String, in parent: Int32) -> Look {
        let fd = openat(parent, name, folderNoFollow)
        guard fd >= 0 else { return .foreign }
        defer { close(fd) }
        if StagingMarker.isPresent(in: fd) {
            var info = stat()
            fstat(fd, &info)
            return .marked(changed: Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9)
        }
        guard let entries = DirectoryEntry.list(fd) else { return .foreign }
        if entries.isEmpty { return .empty }
        if entries.count == 1, entries[0].name == StagingMarker.fileName, entries[0].kind == .file { return .onlyMarkerBegun }
        return .foreign
    }
}
