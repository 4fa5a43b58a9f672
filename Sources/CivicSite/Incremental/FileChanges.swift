/// What changed on disk since the last build, as the preview's watcher saw
/// it: a build told so stamps only these files again and, when no file was
/// added or removed, lists no folder again.
public struct FileChanges: Sendable, Equatable {
    /// The files saved, added or removed (absolute paths).
    public var paths: Set<String>
    /// No file or folder was added, removed or renamed: every path was saved
    /// in place or over itself.
    public var listingsUnchanged: Bool

    public init(paths: Set<String>, listingsUnchanged: Bool) {
        self.paths = paths
        self.listingsUnchanged = listingsUnchanged
    }

    /// Both, as one change (saves that came while a build ran).
    public func merged(with other: FileChanges) -> FileChanges {
        FileChanges(paths: paths.union(other.paths), listingsUnchanged: listingsUnchanged && other.listingsUnchanged)
    }
}
