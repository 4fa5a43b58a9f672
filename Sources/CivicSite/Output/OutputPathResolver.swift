#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Resolves a path the way `realpath -m` does: every symbolic link is
/// followed, component by component, also when the rest of the path does
/// not exist yet.
///
/// Foundation's `resolvingSymlinksInPath()` gives up on a path that does
/// not exist, so `c/site` with `c` a link to `content` compared as if it
/// were outside the content folder. The output checks compare resolved
/// paths only.
public enum OutputPathResolver {
    /// A path with every link followed.
    public struct Resolution: Sendable, Equatable {
        /// Absolute, without `.`, `..` or links.
        public var path: String
        /// Set when the last component of the path as given is itself a link
        /// (`public` → `/var/www/html`): its text as written in the link.
        public var finalLinkTarget: String?
        /// Whether the resolved path exists.
        public var exists: Bool

        /// The resolved path's components, for comparisons.
        public var components: [String] { path.split(separator: "/").map(String.init) }
    }

    /// Why a path cannot be resolved.
    public enum Problem: Error, Sendable, Equatable {
        /// `link` (absolute, as reached) points to `target`, which does not exist.
        case dangling(link: String, target: String)
        /// Following `link` never ends.
        case loop(link: String)
    }

    /// The most links followed before a path counts as looping (Linux's own limit).
    static let maximumLinks = 40

    /// Resolves `path` (absolute, or relative to the current folder).
    /// A link whose target is missing is a problem when anything of the
    /// path depends on it; a missing plain component is not.
    public static func resolve(_ path: String) throws(Problem) -> Resolution {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var given = absolute.split(separator: "/").map(String.init)
        var finalName: String?
        if let last = given.last, last != ".", last != ".." {
            finalName = given.removeLast()
        }
        var state = Walk()
        try state.follow(given.reversed().map { Pending(name: $0, fromLink: nil) })
        guard let finalName else { return Resolution(path: state.path, finalLinkTarget: nil, exists: state.exists) }
        // The last component on its own, to tell whether the output itself is a link.
        let candidate = state.path == "/" ? "/" + finalName : state.path + "/" + finalName
        let linkTarget = state.exists ? readLink(candidate) : nil
        try state.follow([Pending(name: finalName, fromLink: nil)])
        return Resolution(path: state.path, finalLinkTarget: linkTarget, exists: state.exists)
    }

    /// A component still to walk, and the link whose target it came from.
    private struct Pending {
        var name: String
        /// The link (absolute) and its text.
        var fromLink: (path: String, target: String)?
    }

    private struct Walk {
        var resolved: [String] = []
        /// False once a component was missing: the rest is taken as written.
        var exists = true
        var linksFollowed = 0

        var path: String { "/" + resolved.joined(separator: "/") }

        mutating func follow(_ components: [Pending]) throws(Problem) {
            var pending = components
            while let next = pending.popLast() {
                switch next.name {
                case "", ".": continue
                case "..":
                    if !resolved.isEmpty { resolved.removeLast() }
                    continue
                default: break
                }
                let candidate = resolved.isEmpty ? "/" + next.name : path + "/" + next.name
                guard exists else { resolved.append(next.name); continue }
                guard let target = readLink(candidate) else {
                    if !OutputPathResolver.exists(candidate) {
                        if let link = next.fromLink { throw .dangling(link: link.path, target: link.target) }
                        exists = false
                    }
                    resolved.append(next.name)
                    continue
                }
                linksFollowed += 1
                guard linksFollowed <= OutputPathResolver.maximumLinks else { throw .loop(link: candidate) }
                if target.hasPrefix("/") { resolved = [] }
                // The link's own components, then what followed it.
                pending += target.split(separator: "/").reversed().map { Pending(name: String($0), fromLink: (candidate, target)) }
            }
        }
    }

    /// The text of the link at `path`, nil when it is not a link.
    static func readLink(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether anything (a dangling link included) is at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}
