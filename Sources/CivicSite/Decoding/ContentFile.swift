import Foundation

/// One file found under the content folder, to be read and decoded.
struct ContentFile: Sendable {
    var kind: RecordKind
    /// Where to read it.
    var path: String
    /// How it is shown in messages, e.g. `content/groups/foo.md`.
    var displayPath: String
    /// The name slugs are read from: `foo.md`, or the folder's name `foo`
    /// for a record written as `foo/index.md`.
    var fileName: String
    /// The file's bytes when it is not on disk yet (a record an import is
    /// about to write, checked with the others before anything is written).
    var data: Data? = nil
    /// The record's own folder when it is written as `<slug>/index.md`.
    var folder: RecordFolderSource? = nil

    /// The file name without `.md`, or the folder's name.
    var stem: String { fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName }
}

/// A record's own folder: where its photos and flyers are.
struct RecordFolderSource: Sendable, Hashable {
    var url: URL
    /// `content/events/<slug>`.
    var shown: String
    /// Its files other than `index.md`, in name order; sub-folders and what
    /// editors leave behind are left out.
    var files: [String]
}

/// What reading one file gave: a record of its kind and the problems found.
enum LoadedRecord: Sendable {
    case field(Field)
    case group(Group)
    case event(Event)
    case grant(Grant)
    case collaborationCase(CollaborationCase)
    case news(NewsItem)
    case page(Page)
}

extension SiteContent {
    mutating func add(_ record: LoadedRecord) {
        switch record {
        case .field(let r): fields.append(r)
        case .group(let r): groups.append(r)
        case .event(let r): events.append(r)
        case .grant(let r): grants.append(r)
        case .collaborationCase(let r): cases.append(r)
        case .news(let r): news.append(r)
        case .page(let r): pages.append(r)
        }
    }
}

/// A file's text split into parsed front matter and body.
public struct ContentParsedFile: Sendable {
    public var frontMatter: FrontMatterNode?
    public var body: String
    public var bodyFirstLine: Int
    public var diagnostics: [Diagnostic]
    /// The front matter's `# …` comments, for the notes a template leaves.
    public var comments: [FrontMatterComment]

    public init(frontMatter: FrontMatterNode?, body: String = "", bodyFirstLine: Int = 1, diagnostics: [Diagnostic] = [],
                comments: [FrontMatterComment] = []) {
        self.frontMatter = frontMatter
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.diagnostics = diagnostics
        self.comments = comments
    }
}

extension LoadedRecord {
    /// The record's slug, whatever its kind.
    var slug: String {
        switch self {
        case .field(let r): return r.slug
        case .group(let r): return r.slug
        case .event(let r): return r.slug
        case .grant(let r): return r.slug
        case .collaborationCase(let r): return r.slug
        case .page(let r): return r.slug
        case .news(let r): return r.slug
        }
    }

    /// Where the record came from, with its folder and the files it names.
    var source: RecordSource {
        switch self {
        case .field(let r): return r.source
        case .group(let r): return r.source
        case .event(let r): return r.source
        case .grant(let r): return r.source
        case .collaborationCase(let r): return r.source
        case .page(let r): return r.source
        case .news(let r): return r.source
        }
    }
}
