/// An event: a meeting, a workshop, a festival.
public struct Event: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var start: EventTime
    /// When it ends; a time alone in the content means the start day.
    public var end: DateTime?
    public var venue: String?
    public var address: String?
    /// `area` as written and its items, as on groups (see `Group.areas`).
    public var area: String?
    public var areas: [String] = []
    /// `lat` and `lon`: the exact place of the venue.
    public var geo: GeoPoint?
    /// `volunteers_wanted: true`: the event asks for volunteers, and is
    /// listed on the recruiting page.
    public var volunteersWanted: Bool = false
    public var online: Online?
    /// Group slugs.
    public var organizers: [String]
    /// Field slugs.
    public var fields: [String]
    public var fee: Fee?
    public var capacity: Capacity?
    public var audience: String?
    public var apply: String?
    public var applyURL: String?
    public var applyBy: LocalDate?
    public var contact: String?
    public var summary: String
    public var tags: [String]
    /// 中止・延期・満員・受付終了, as written.
    public var notice: EventNotice?
    /// For an event postponed to a new date (`postponed_to`): the start it
    /// had. `start` and `end` then hold the new date, the end moved by as
    /// much as the start, so the event keeps its length.
    public var previousStart: EventTime?
    /// When the record was published or last changed, for the feed.
    public var updated: LocalDate?
    public var draft: Bool
    public var body: String
    public var source: RecordSource

    public init(slug: String, title: String, start: EventTime, end: DateTime? = nil, venue: String? = nil,
                address: String? = nil, online: Online? = nil, organizers: [String] = [], fields: [String] = [],
                fee: Fee? = nil, capacity: Capacity? = nil, audience: String? = nil, apply: String? = nil,
                applyURL: String? = nil, applyBy: LocalDate? = nil, contact: String? = nil, summary: String,
                tags: [String] = [], notice: EventNotice? = nil, previousStart: EventTime? = nil,
                updated: LocalDate? = nil, draft: Bool = false, body: String = "", source: RecordSource) {
        self.slug = slug
        self.title = title
        self.start = start
        self.end = end
        self.venue = venue
        self.address = address
        self.online = online
        self.organizers = organizers
        self.fields = fields
        self.fee = fee
        self.capacity = capacity
        self.audience = audience
        self.apply = apply
        self.applyURL = applyURL
        self.applyBy = applyBy
        self.contact = contact
        self.summary = summary
        self.tags = tags
        self.notice = notice
        self.previousStart = previousStart
        self.updated = updated
        self.draft = draft
        self.body = body
        self.source = source
    }
}
