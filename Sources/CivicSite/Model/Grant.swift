/// A grant, subsidy, loan or award that groups can apply for.
public struct Grant: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var provider: String
    public var kind: GrantKind
    public var fields: GrantFields
    /// Group types that may apply; empty means not restricted.
    public var eligible: [GroupType]
    public var amountMin: Int?
    public var amountMax: Int?
    public var amountNote: String?
    public var opens: LocalDate?
    /// nil only when `rolling` (随時).
    public var deadline: LocalDate?
    public var rolling: Bool
    public var url: String?
    public var summary: String
    public var tags: [String]
    /// When the record was published or last changed, for the feed.
    public var updated: LocalDate?
    public var draft: Bool
    public var body: String
    public var source: RecordSource

    public init(slug: String, title: String, provider: String, kind: GrantKind, fields: GrantFields = .some([]),
                eligible: [GroupType] = [], amountMin: Int? = nil, amountMax: Int? = nil, amountNote: String? = nil,
                opens: LocalDate? = nil, deadline: LocalDate? = nil, rolling: Bool = false, url: String? = nil,
                summary: String, tags: [String] = [], updated: LocalDate? = nil, draft: Bool = false, body: String = "", source: RecordSource) {
        self.slug = slug
        self.title = title
        self.provider = provider
        self.kind = kind
        self.fields = fields
        self.eligible = eligible
        self.amountMin = amountMin
        self.amountMax = amountMax
        self.amountNote = amountNote
        self.opens = opens
        self.deadline = deadline
        self.rolling = rolling
        self.url = url
        self.summary = summary
        self.tags = tags
        self.updated = updated
        self.draft = draft
        self.body = body
        self.source = source
    }
}

/// The fields a grant supports: all of them, or a list of field slugs.
public enum GrantFields: Sendable, Hashable {
    case all
    case some([String])

    public func includes(_ field: String) -> Bool {
        switch self {
        case .all: return true
        case .some(let list): return list.contains(field)
        }
    }
}
