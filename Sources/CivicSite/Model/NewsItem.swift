import Foundation

/// お知らせ: a dated notice from the centre, optionally about other records.
///
/// The values live in one box shared by every copy until one of them
/// changes (copy on write): a build copies records into lists, indexes
/// and caches many times, and a copy is then one reference count instead
/// of one per string and list.
public struct NewsItem: Sendable, Hashable {
    var box: RecordBox<NewsItemValues>

    public var slug: String {
        get { box.value.slug }
        set { uniqueBox().value.slug = newValue }
    }
    public var title: String {
        get { box.value.title }
        set { uniqueBox().value.title = newValue }
    }
    public var date: LocalDate {
        get { box.value.date }
        set { uniqueBox().value.date = newValue }
    }
    public var summary: String {
        get { box.value.summary }
        set { uniqueBox().value.summary = newValue }
    }
    /// Related records as written, `kind/slug` (`groups/sakura`); checked
    /// against the site's records by `RelatedRecordValidator`.
    public var related: [RecordReference] {
        get { box.value.related }
        set { uniqueBox().value.related = newValue }
    }
    public var draft: Bool {
        get { box.value.draft }
        set { uniqueBox().value.draft = newValue }
    }
    public var body: String {
        get { box.value.body }
        set { uniqueBox().value.body = newValue }
    }
    public var source: RecordSource {
        get { box.value.source }
        set { uniqueBox().value.source = newValue }
    }

    public init(slug: String, title: String, date: LocalDate, summary: String, related: [RecordReference] = [],
                draft: Bool = false, body: String = "", source: RecordSource) {
        box = RecordBox(NewsItemValues(slug: slug, title: title, date: date, summary: summary, related: related,
            draft: draft, body: body, source: source))
    }

    public static func == (a: NewsItem, b: NewsItem) -> Bool {
        a.box === b.box || a.box.value == b.box.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.value)
    }

    /// The box, copied first when another record shares it.
    private mutating func uniqueBox() -> RecordBox<NewsItemValues> {
        if !isKnownUniquelyReferenced(&box) { box = RecordBox(box.value) }
        return box
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
