import Foundation

/// One file found under the content folder, to be read and decoded.
struct ContentFile: Sendable {
    var kind: RecordKind
    /// Where to read it.
    var path: String
    /// How it is shown in messages, e.g. `content/groups/foo.md`.
    var displayPath: String
    var fileName: String
    /// The file's bytes when it is not on disk yet (a record an import is
    /// about to write, checked with the others before anything is written).
    var data: Data? = nil
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
