/// A free-standing page such as センターについて or 利用案内.
public struct Page: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var summary: String?
    /// Menu order; pages without one come last, by title.
    public var order: Int?
    public var body: String
    public var source: RecordSource

    public init(slug: String, title: String, summary: String? = nil, order: Int? = nil, body: String = "", source: RecordSource) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.order = order
        self.body = body
        self.source = source
    }
}
