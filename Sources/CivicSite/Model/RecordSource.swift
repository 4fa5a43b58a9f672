/// Where a record came from, so later stages can point at it in messages.
public struct RecordSource: Sendable, Hashable {
    /// The path as shown in messages, e.g. `content/groups/foo.md`.
    public var path: String
    /// The line in the file on which the Markdown body starts.
    public var bodyFirstLine: Int
    /// Where each front-matter key was written, by key name.
    public var keyLocations: KeyLocations
    /// The record's own folder as shown in messages (`content/events/<slug>`)
    /// when it is written as `<slug>/index.md`; nil for a plain `<slug>.md`.
    public var folder: String?
    /// The files named by `image:` and `attachments:`.
    public var media: RecordMedia

    public init(path: String, bodyFirstLine: Int = 1, keyLocations: [String: SourceLocation] = [:], folder: String? = nil,
                media: RecordMedia = RecordMedia()) {
        self.path = path
        self.bodyFirstLine = bodyFirstLine
        self.keyLocations = KeyLocations(keyLocations, file: path)
        self.folder = folder
        self.media = media
    }

    /// The location of `key`, or the start of the file when the key is absent.
    public func location(of key: String) -> SourceLocation {
        keyLocations[key] ?? .file(path)
    }
}
