import Foundation

/// お知らせ: a dated notice from the centre, optionally about other records.
public struct NewsItem: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var date: LocalDate
    public var summary: String
    /// Related records as written, `kind/slug` (`groups/sakura`); checked
    /// against the site's records by `RelatedRecordValidator`.
    public var related: [RecordReference]
    public var draft: Bool
    public var body: String
    public var source: RecordSource

    public init(slug: String, title: String, date: LocalDate, summary: String, related: [RecordReference] = [],
                draft: Bool = false, body: String = "", source: RecordSource) {
        self.slug = slug
        self.title = title
        self.date = date
        self.summary = summary
        self.related = related
        self.draft = draft
        self.body = body
        self.source = source
    }
}

/// A reference to another record by its kind and slug: `groups/sakura`.
public struct RecordReference: Sendable, Hashable {
    /// As written, for messages.
    public var written: String
    public var kind: RecordKind?
    public var slug: String

    public init(written: String, kind: RecordKind?, slug: String) {
        self.written = written
        self.kind = kind
        self.slug = slug
    }

    /// `groups/sakura`, also `/groups/sakura/` as copied from an address.
    public init(written: String) {
        self.written = written
        let trimmed = written.trimmingCharacters(in: ["/"])
        if let cut = trimmed.firstIndex(of: "/") {
            kind = RecordKind(rawValue: String(trimmed[..<cut]))
            slug = String(trimmed[trimmed.index(after: cut)...]).trimmingCharacters(in: ["/"])
        } else {
            kind = nil
            slug = trimmed
        }
    }
}
