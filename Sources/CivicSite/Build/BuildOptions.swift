import Foundation

/// What a `build` or `check` run reads, writes and assumes.
public struct BuildOptions: Sendable {
    /// The content folder, and how it is shown in messages.
    public var contentDirectory: URL
    public var contentDisplayPath: String
    /// The themes folder; the theme itself is named in `site.yml` unless
    /// `themeDirectory` picks one folder directly.
    public var themesDirectory: URL
    public var themeDirectory: URL?
    public var outputDirectory: URL
    public var includeDrafts: Bool
    /// Overrides `base_url` from `site.yml`.
    public var baseURL: String?
    /// The build date: what counts as upcoming, open or past.
    public var now: DateTime
    /// The moment of every stamp (calendar DTSTAMP), from `SOURCE_DATE_EPOCH`;
    /// nil uses `now`.
    public var stamp: DateTime? = nil
    /// Treat warnings as errors.
    public var strict: Bool
    /// Replace an output folder even when it holds files that are not a
    /// built site (never the content or theme folders).
    public var force: Bool
    /// How long a build waits for another build of the same output folder
    /// to finish, in seconds, before giving up.
    public var lockTimeout: Double
    /// Called as they happen with notices about the output folder (waiting
    /// for another build, leftovers of a killed build cleaned up). They
    /// concern no content file, so they are not the report's warnings and
    /// never fail a `strict` build.
    public var notify: @Sendable (Diagnostic) -> Void

    public init(contentDirectory: URL, contentDisplayPath: String = "content", themesDirectory: URL,
                themeDirectory: URL? = nil, outputDirectory: URL, includeDrafts: Bool = false,
                baseURL: String? = nil, now: DateTime, strict: Bool = false, force: Bool = false,
                lockTimeout: Double = 300, notify: @escaping @Sendable (Diagnostic) -> Void = { _ in }) {
        self.contentDirectory = contentDirectory
        self.contentDisplayPath = contentDisplayPath
        self.themesDirectory = themesDirectory
        self.themeDirectory = themeDirectory
        self.outputDirectory = outputDirectory
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.now = now
        self.strict = strict
        self.force = force
        self.lockTimeout = lockTimeout
        self.notify = notify
    }
}
