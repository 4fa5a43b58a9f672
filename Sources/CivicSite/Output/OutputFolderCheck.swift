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
    /// Every path is resolved fully first (`OutputPathResolver`), also the
    /// parts that do not exist yet, so no spelling through a link slips by.
    public func refusal() -> Refusal? {
        let resolution: OutputPathResolver.Resolution
        do { resolution = try OutputPathResolver.resolve(output.path) } catch { return Self.refusal(for: error, outputName: outputName) }
        let out = resolution.components
        for folder in protected {
            let other = Self.components(folder.url)
            let relation: Message? = out == other ? .outputIsProtected : other.starts(with: out) ? .outputHoldsProtected
                : out.starts(with: other) && !folder.mayHoldOutput ? .outputInsideProtected : nil
            if let relation {
                return Refusal(message: relation, arguments: ["output": .text(outputName), "folder": folder.name])
            }
        }
        guard resolution.exists else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolution.path, isDirectory: &isFolder), isFolder.boolValue else {
            return Refusal(message: .outputIsFile, arguments: ["output": .text(outputName)])
        }
        let folder = URL(fileURLWithPath: resolution.path)
        if let target = resolution.finalLinkTarget {
            // A link is never replaced by a folder; the folder it points to is
            // replaced only when a build wrote it (or it is empty): --force
            // does not reach through a link.
            if Self.isEmpty(folder) || StagingMarker.isPresent(atPath: folder.path) { return nil }
            return Refusal(message: .outputLinkNotASite, arguments: ["output": .text(outputName), "target": .text(target)])
        }
        if force || Self.looksLikeBuiltSite(folder) { return nil }
        return Refusal(message: .outputNotASite, arguments: ["output": .text(outputName)])
    }

    /// The refusal for an output path whose links cannot be followed.
    static func refusal(for problem: OutputPathResolver.Problem, outputName: String) -> Refusal {
        switch problem {
        case .dangling(let link, let target):
            return Refusal(message: .outputLinkDangling,
                           arguments: ["output": .text(outputName), "link": .text(FileIO.shown(link)), "target": .text(target)])
        case .loop(let link):
            return Refusal(message: .outputLinkLoop, arguments: ["output": .text(outputName), "link": .text(FileIO.shown(link))])
        }
    }

    /// Empty, or the top of a site a build wrote (its marker, or the
    /// `index.html` and `sitemap.xml` every build writes).
    static func looksLikeBuiltSite(_ folder: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.isEmpty || StagingMarker.isPresent(atPath: folder.path)
            || (names.contains("index.html") && names.contains("sitemap.xml"))
    }

    /// A folder that can be listed and holds nothing.
    static func isEmpty(_ folder: URL) -> Bool {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true
    }

    /// The absolute path's components, every link resolved (also below a
    /// part that does not exist), so that two spellings of one folder compare equal.
    static func components(_ url: URL) -> [String] {
        (try? OutputPathResolver.resolve(url.path))?.components
            ?? url.standardizedFileURL.pathComponents.filter { $0 != "/" }
    }
}
