/// One record as the search index sees it; built by the rendering stage from
/// the validated model.
public struct SearchDocument: Sendable, Equatable {
    /// `kind/slug`, e.g. `groups/kodomo-shokudo-hidamari`; unique.
    public var id: String
    /// `groups`, `events`, `grants`, `cases`, `fields` or `pages`.
    public var type: String
    /// Site-relative URL without a leading slash, e.g. `groups/kodomo-shokudo-hidamari/`.
    public var url: String
    public var title: String
    /// A group's reading, so that typing the name in hiragana finds it.
    public var kana: String?
    public var tags: [String]
    public var summary: String
    /// Plain text of the Markdown body (no HTML).
    public var body: String
    /// Filter values per facet: `field`, `group_type`, `area`, `recruiting`.
    public var facets: [String: [String]]
    /// Display date text, e.g. `2026年12月5日（土）`.
    public var dateLabel: String?
    /// Events: ISO date-time of the end (or start); the client hides the
    /// record from "upcoming only" once it is past.
    public var upcomingUntil: String?
    /// Events: ISO date-time of the start, for the status the result shows.
    public var startsAt: String?
    /// Grants: ISO date when applications open (nil = already open).
    public var openFrom: String?
    /// Grants: ISO date deadline; nil with `rolling` = always open.
    public var openUntil: String?
    public var rolling: Bool
    /// A status written on the record (中止, 満員 …), shown in the result line.
    public var statusLabel: String?

    public init(
        id: String,
        type: String,
        url: String,
        title: String,
        kana: String? = nil,
        tags: [String] = [],
        summary: String = "",
        body: String = "",
        facets: [String: [String]] = [:],
        dateLabel: String? = nil,
        upcomingUntil: String? = nil,
        openFrom: String? = nil,
        openUntil: String? = nil,
        rolling: Bool = false,
        statusLabel: String? = nil
    ) {
        self.id = id
        self.type = type
        self.url = url
        self.title = title
        self.kana = kana
        self.tags = tags
        self.summary = summary
        self.body = body
        self.facets = facets
        self.dateLabel = dateLabel
        self.upcomingUntil = upcomingUntil
        self.openFrom = openFrom
        self.openUntil = openUntil
        self.rolling = rolling
        self.statusLabel = statusLabel
    }
}
