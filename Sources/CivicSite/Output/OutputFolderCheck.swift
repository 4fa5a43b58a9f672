import Foundation

/// Decides whether a build may replace its output folder. A build replaces
/// that folder as a whole, so a mistyped `--output` (`.`, `content`, the
/// theme, a home folder) would delete someone's files: those are refused
/// before anything is read or written.
public struct OutputFolderCheck: Sendable {
    /// Why the output folder may not be used, with what to do instead.
    public struct Refusal: Error, Sendable, Equatable {
        public var message: Message
        public var arguments: MessageArguments
        public var hint: Hint? = nil

        /// The refusal as a problem at `location`.
        public func diagnostic(at location: SourceLocation) -> Diagnostic {
            .error(message, at: location, arguments, hint: hint)
        }
    }

    /// A folder the build must never delete, and how to name it.
    public struct Protected: Sendable {
        public var name: MessageArgument
        public var url: URL
        /// The working folder may hold the output (`site/` in the project),
        /// the content and theme folders may not.
        public var mayHoldOutput: Bool

        public init(_ name: MessageArgument, _ url: URL, mayHoldOutput: Bool = false) {
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
            let relation: Message? = out == other ? .outputIsProtected : other.starts(with: out) ? .outputHoldsProtected
                : out.starts(with: other) && !folder.mayHoldOutput ? .outputInsideProtected : nil
            if let relation {
                return Refusal(message: relation, arguments: ["output": .text(outputName), "folder": folder.name])
            }
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else {
            return Refusal(message: .outputIsFile, arguments: ["output": .text(outputName)])
        }
        if force || Self.looksLikeBuiltSite(output) { return nil }
        return Refusal(message: .outputNotASite, arguments: ["output": .text(outputName)])
    }

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
