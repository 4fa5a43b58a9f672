/// A free-standing page such as センターについて or 利用案内.
public struct Page: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var summary: String?
    /// Menu order; pages without one come last, by title.
    public var order: Int?
    /// Kept out of the site, as the other kinds' drafts.
    public var draft: Bool
    public var body: String
    public var source: RecordSource

    public init(slug: String, title: String, summary: String? = nil, order: Int? = nil, draft: Bool = false, body: String = "",
                source: RecordSource) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.order = order
        self.draft = draft
        self.body = body
        self.source = source
    }
}
