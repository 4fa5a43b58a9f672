/// Every file beside a record that the build knows of, by record, with which
/// of them are used: what the pages link to and what is copied into the site.
public struct MediaCatalogue: Sendable {
    /// By the record's path as shown in messages (`RecordSource.path`).
    public var folders: [String: RecordFiles] = [:]
    /// The picture `site.yml` names for pages without one of their own.
    public var siteImage: PublishedImage?

    public init() {}

    /// The files of the record at `path`; nil for a record without a folder.
    public func files(of record: RecordSource) -> RecordFiles? {
        folders[record.path]
    }
}

/// The folder of one record and its files.
public struct RecordFiles: Sendable {
    /// `content/events/<slug>`.
    public var shown: String
    /// Where its files go in the site: `events/<slug>/files/`.
    public var outputFolder: String
    /// By name as in the folder.
    public var files: [String: MediaFile]
    /// Names in byte order, for suggestions and stable output.
    public var names: [String]
    /// Names something refers to: `image:`, `attachments:` or the body.
    public var referenced: Set<String> = []

    /// The site path of a file (`events/<slug>/files/chirashi.pdf`).
    public func outputPath(of file: MediaFile) -> String {
        outputFolder + file.outputName
    }

    /// What a name written by the record finds.
    public func lookup(_ written: String) -> MediaLookup {
        if MediaLookup.leavesFolder(written) { return .leavesFolder }
        let name = written.hasPrefix("./") ? String(written.dropFirst(2)) : written
        if let file = files[name] { return .found(file) }
        let lower = name.lowercased()
        let near = names.first { $0.lowercased() == lower } ?? Suggestion.closest(to: name, in: names)
        return .missing(near: near)
    }
}

/// What a file name written in a record points at.
public enum MediaLookup: Sendable, Equatable {
    case found(MediaFile)
    /// Not in the folder; `near` is a name that is, when one is close.
    case missing(near: String?)
    /// `../x.jpg`, `/x.jpg`, `C:\x.jpg`: not a name in the record's folder.
    case leavesFolder
    /// The record is a plain `<slug>.md` and has no folder.
    case noFolder

    /// Whether `written` is a path that leaves the folder it is read in.
    static func leavesFolder(_ written: String) -> Bool {
        let path = written.replacingOccurrences(of: "\\", with: "/")
        if path.hasPrefix("/") || path.hasPrefix("~") { return true }
        if let first = path.unicodeScalars.first, path.dropFirst().hasPrefix(":"), first.properties.isAlphabetic { return true }
        return path.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }
}

/// A picture as a page shows it.
public struct PublishedImage: Sendable, Hashable {
    /// Site path (`events/<slug>/files/katsudo.jpg`), without the base path.
    public var path: String
    public var width: Int
    public var height: Int
    public var alt: String
    public var type: MediaType
    /// Where to copy it from.
    public var sourcePath: String
}
