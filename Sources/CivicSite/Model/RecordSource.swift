/// Where a record came from, so later stages can point at it in messages.
public struct RecordSource: Sendable, Hashable {
    /// The path as shown in messages, e.g. `content/groups/foo.md`.
    public var path: String
    /// The line in the file on which the Markdown body starts.
    public var bodyFirstLine: Int
    /// Where each front-matter key was written, by key name.
    public var keyLocations: [String: SourceLocation]

    public init(path: String, bodyFirstLine: Int = 1, keyLocations: [String: SourceLocation] = [:]) {
        self.path = path
        self.bodyFirstLine = bodyFirstLine
        self.keyLocations = keyLocations
    }

    /// The location of `key`, or the start of the file when the key is absent.
    public func location(of key: String) -> SourceLocation {
        keyLocations[key] ?? .file(path)
    }
}
