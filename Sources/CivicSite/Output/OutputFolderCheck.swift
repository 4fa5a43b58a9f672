import Foundation

/// Decides whether a build may replace its output folder. A build replaces
/// that folder as a whole, so a mistyped `--output` (`.`, `content`, the
/// theme, a home folder) would delete someone's files: those are refused
/// before anything is read or written.
public struct OutputFolderCheck: Sendable {
    /// Why the output folder may not be used, with what to do instead.
    public struct Refusal: Error, Sendable, Equatable {
        public var message: String
        public var hint: String
    }

    /// A folder the build must never delete, and how to name it.
    public struct Protected: Sendable {
        public var name: String
        public var url: URL
        /// The working folder may hold the output (`site/` in the project),
        /// the content and theme folders may not.
        public var mayHoldOutput: Bool

        public init(_ name: String, _ url: URL, mayHoldOutput: Bool = false) {
            self.name = name
            self.url = url
            self.mayHoldOutput = mayHoldOutput
        }
    }

    public var output: URL
    /// How the output folder is shown in messages (as typed).
    public var outputName: String
    public var protected: [Protected]
    /// Replace a non-empty folder that does not look like a built site.
    public var force: Bool

    public init(output: URL, outputName: String, protected: [Protected], force: Bool = false) {
        self.output = output
        self.outputName = outputName
        self.protected = protected
        self.force = force
    }

    /// The reason to refuse the output folder, or nil when it is safe to replace.
    public func refusal() -> Refusal? {
        let out = Self.components(output)
        for folder in protected {
            let other = Self.components(folder.url)
            let relation = out == other ? "is" : other.starts(with: out) ? "holds"
                : out.starts(with: other) && !folder.mayHoldOutput ? "is inside" : nil
            if let relation {
                return Refusal(message: "the output folder '\(outputName)' \(relation) the \(folder.name)", hint: Self.elsewhere)
            }
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else {
            return Refusal(message: "the output '\(outputName)' is a file, not a folder",
                           hint: "name a folder for the site, e.g. --output site")
        }
        if force || Self.looksLikeBuiltSite(output) { return nil }
        return Refusal(message: "the output folder '\(outputName)' holds files that are not a built site (no index.html and sitemap.xml at its top)",
                       hint: "a build replaces the whole folder: name a new or empty folder, or add --force to replace this one anyway")
    }

    private static let elsewhere = "a build replaces its output folder as a whole; write the site to a folder of its own, e.g. --output site"

    /// Empty, or the top of a site a build wrote.
    static func looksLikeBuiltSite(_ folder: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.isEmpty || (names.contains("index.html") && names.contains("sitemap.xml"))
    }

    /// The absolute path's components, symbolic links resolved, so that two
    /// spellings of one folder compare equal.
    static func components(_ url: URL) -> [String] {
        url.standardizedFileURL.resolvingSymlinksInPath().pathComponents.filter { $0 != "/" }
    }
}
