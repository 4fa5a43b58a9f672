#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Symbolic links and special files met while reading a folder of the
/// site (the content folder, a theme): a link is followed only when it
/// stays within that folder, a special file is never opened.
///
/// A link to `/etc/passwd` in a theme's `assets/` was once published as
/// `/assets/passwd.txt`, and a record file linked from elsewhere was
/// published without a word; a named pipe saved as `x.md` would block
/// the build for ever.
enum FolderLinks {
    /// What an entry of a folder turned out to be.
    enum Verdict {
        /// A folder, or a plain file, itself or through a link within the root.
        case folder, file
        /// Reported and not read.
        case refused(Diagnostic)
    }

    /// The visible entries of `folder` (not starting with `.`), sorted by
    /// their UTF-8 bytes, each with its verdict. Links are judged against
    /// `root` (`realRoot` is its resolved path); `shown` is how the folder
    /// appears in messages and `rootName` names the root in them.
    static func entries(of folder: URL, realRoot: String, shown: String, rootName: MessageArgument) -> [(name: String, verdict: Verdict)] {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        let names = (DirectoryEntry.list(fd) ?? []).filter { !$0.name.hasPrefix(".") }
            .sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        return names.map { entry in
            (entry.name, verdict(entry, in: fd, path: folder.path + "/" + entry.name, shown: shown + "/" + entry.name,
                                 realRoot: realRoot, rootName: rootName))
        }
    }

    static func verdict(_ entry: DirectoryEntry, in fd: Int32, path: String, shown: String,
                        realRoot: String, rootName: MessageArgument) -> Verdict {
        var kind = entry.kind
        var mode: mode_t = 0
        if kind == .unknown || kind == .special {
            var info = stat()
            guard fstatat(fd, entry.name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return .file }
            mode = info.st_mode
            kind = DirectoryEntry.kind(ofMode: mode)
        }
        switch kind {
        case .folder: return .folder
        case .file, .unknown: return .file
        case .special: return special(mode, shown)
        case .link: break
        }
        let target = OutputPathResolver.readLink(path) ?? ""
        guard let resolved = realPath(path) else {
            let problem = errno == ELOOP ? Term.linkLoops : Term.linkTargetMissing
            return .refused(.error(.linkBroken, at: .file(shown),
                                   ["path": .text(shown), "target": .text(target), "problem": .term(problem)]))
        }
        guard resolved == realRoot || resolved.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else {
            return .refused(.error(.linkOutside, at: .file(shown),
                                   ["path": .text(shown), "target": .text(target), "folder": rootName]))
        }
        var info = stat()
        guard stat(resolved, &info) == 0 else { return .file }
        switch DirectoryEntry.kind(ofMode: info.st_mode) {
        case .folder: return .folder
        case .special: return special(info.st_mode, shown)
        default: return .file
        }
    }

    static func special(_ mode: mode_t, _ shown: String) -> Verdict {
        let kind: LocalizedText
        switch mode & S_IFMT {
        case S_IFIFO: kind = Term.namedPipe
        case S_IFSOCK: kind = Term.socketFile
        default: kind = Term.deviceFile
        }
        return .refused(.warning(.specialFile, at: .file(shown), ["path": .text(shown), "kind": .term(kind)]))
    }

    /// `realpath`, nil with `errno` set when the path cannot be resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
