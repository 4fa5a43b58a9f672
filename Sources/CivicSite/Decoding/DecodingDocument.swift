/// One record file after splitting and parsing, ready for its kind's decoder.
public struct DecodingDocument: Sendable {
    /// The path as shown in messages, e.g. `content/groups/foo.md`.
    public var path: String
    /// The file name with `.md`, e.g. `foo.md`.
    public var fileName: String
    public var frontMatter: FrontMatterNode?
    public var body: String
    public var bodyFirstLine: Int
    /// The build's today (`--now`), for hints about dates written without
    /// a year; nil takes the clock's.
    public var today: LocalDate?
    /// The front matter's comments, where a template's notes are.
    public var comments: [FrontMatterComment]
    /// The record's own folder (`content/events/<slug>`) when it is one.
    public var folder: String?

    public init(path: String, fileName: String, frontMatter: FrontMatterNode?, body: String = "", bodyFirstLine: Int = 1,
                today: LocalDate? = nil, comments: [FrontMatterComment] = [], folder: String? = nil) {
        self.folder = folder
        self.path = path
        self.fileName = fileName
        self.frontMatter = frontMatter
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.today = today
        self.comments = comments
    }

    /// A decoder over the front matter, with `image:` and `attachments:`
    /// (which every kind has) already read into `media`.
    func keyed() -> KeyedNode {
        var keyed = KeyedNode(node: frontMatter, path: path, today: today)
        keyed.media = keyed.recordMedia()
        return keyed
    }

    func source(_ keyed: KeyedNode) -> RecordSource {
        RecordSource(path: path, bodyFirstLine: bodyFirstLine, keyLocations: keyed.keyLocations, folder: folder,
                     media: keyed.media)
    }
}

/// What a decoder returns: the record when it could be built, and every
/// problem found on the way (warnings even when the record is fine).
public struct DecodingResult<Record: Sendable>: Sendable {
    public var record: Record?
    public var diagnostics: [Diagnostic]
    /// The slug of a record that had errors but a usable slug, so that
    /// references to it do not add "unknown" errors on top of its own.
    public var brokenSlug: String?
    /// The record as far as it could be read when it had errors: never
    /// published, but its references are still checked, so that fixing a
    /// value does not uncover errors that were there all along.
    public var partial: Record?

    init(_ record: Record?, _ keyed: KeyedNode, slug: String?) {
        self.record = keyed.hasErrors ? nil : record
        self.diagnostics = keyed.diagnostics
        self.brokenSlug = keyed.hasErrors ? slug : nil
        self.partial = keyed.hasErrors ? record : nil
    }
}
