/// One of the 17 activity fields of the NPO Act (2003–2012 version).
public struct Field: Sendable, Hashable {
    public var slug: String
    public var number: Int
    /// The official name, e.g. 子どもの健全育成を図る活動.
    public var name: String
    /// A short label for tiles and badges, e.g. 子ども.
    public var short: String
    public var body: String
    public var source: RecordSource

    public init(slug: String, number: Int, name: String, short: String, body: String = "", source: RecordSource) {
        self.slug = slug
        self.number = number
        self.name = name
        self.short = short
        self.body = body
        self.source = source
    }
}
