/// An event: a meeting, a workshop, a festival.
///
/// The values live in one box shared by every copy until one of them
/// changes (copy on write): a build copies records into lists, indexes
/// and caches many times, and a copy is then one reference count instead
/// of one per string and list.
public struct Event: Sendable, Hashable {
    var box: RecordBox<EventValues>

    public var slug: String {
        get { box.value.slug }
        set { uniqueBox().value.slug = newValue }
    }
    public var title: String {
        get { box.value.title }
        set { uniqueBox().value.title = newValue }
    }
    public var start: EventTime {
        get { box.value.start }
        set { uniqueBox().value.start = newValue }
    }
    /// When it ends; a time alone in the content means the start day.
    public var end: DateTime? {
        get { box.value.end }
        set { uniqueBox().value.end = newValue }
    }
    public var venue: String? {
        get { box.value.venue }
        set { uniqueBox().value.venue = newValue }
    }
    public var address: String? {
        get { box.value.address }
        set { uniqueBox().value.address = newValue }
    }
    /// `area` as written and its items, as on groups (see `Group.areas`).
    public var area: String? {
        get { box.value.area }
        set { uniqueBox().value.area = newValue }
    }
    public var areas: [String] {
        get { box.value.areas }
        set { uniqueBox().value.areas = newValue }
    }
    /// `lat` and `lon`: the exact place of the venue.
    public var geo: GeoPoint? {
        get { box.value.geo }
        set { uniqueBox().value.geo = newValue }
    }
    /// `volunteers_wanted: true`: the event asks for volunteers, and is
    /// listed on the recruiting page.
    public var volunteersWanted: Bool {
        get { box.value.volunteersWanted }
        set { uniqueBox().value.volunteersWanted = newValue }
    }
    public var online: Online? {
        get { box.value.online }
        set { uniqueBox().value.online = newValue }
    }
    /// Group slugs.
    public var organizers: [String] {
        get { box.value.organizers }
        set { uniqueBox().value.organizers = newValue }
    }
    /// Field slugs.
    public var fields: [String] {
        get { box.value.fields }
        set { uniqueBox().value.fields = newValue }
    }
    public var fee: Fee? {
        get { box.value.fee }
        set { uniqueBox().value.fee = newValue }
    }
    public var capacity: Capacity? {
        get { box.value.capacity }
        set { uniqueBox().value.capacity = newValue }
    }
    public var audience: String? {
        get { box.value.audience }
        set { uniqueBox().value.audience = newValue }
    }
    public var apply: String? {
        get { box.value.apply }
        set { uniqueBox().value.apply = newValue }
    }
    public var applyURL: String? {
        get { box.value.applyURL }
        set { uniqueBox().value.applyURL = newValue }
    }
    public var applyBy: LocalDate? {
        get { box.value.applyBy }
        set { uniqueBox().value.applyBy = newValue }
    }
    public var contact: String? {
        get { box.value.contact }
        set { uniqueBox().value.contact = newValue }
    }
    public var summary: String {
        get { box.value.summary }
        set { uniqueBox().value.summary = newValue }
    }
    public var tags: [String] {
        get { box.value.tags }
        set { uniqueBox().value.tags = newValue }
    }
    /// 中止・延期・満員・受付終了, as written.
    public var notice: EventNotice? {
        get { box.value.notice }
        set { uniqueBox().value.notice = newValue }
    }
    /// For an event postponed to a new date (`postponed_to`): the start it
    /// had. `start` and `end` then hold the new date, the end moved by as
    /// much as the start, so the event keeps its length.
    public var previousStart: EventTime? {
        get { box.value.previousStart }
        set { uniqueBox().value.previousStart = newValue }
    }
    /// When the record was published or last changed, for the feed.
    public var updated: LocalDate? {
        get { box.value.updated }
        set { uniqueBox().value.updated = newValue }
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

    public init(slug: String, title: String, start: EventTime, end: DateTime? = nil, venue: String? = nil,
                address: String? = nil, online: Online? = nil, organizers: [String] = [], fields: [String] = [],
                fee: Fee? = nil, capacity: Capacity? = nil, audience: String? = nil, apply: String? = nil,
                applyURL: String? = nil, applyBy: LocalDate? = nil, contact: String? = nil, summary: String,
                tags: [String] = [], notice: EventNotice? = nil, previousStart: EventTime? = nil,
                updated: LocalDate? = nil, draft: Bool = false, body: String = "", source: RecordSource) {
        box = RecordBox(EventValues(slug: slug, title: title, start: start, end: end, venue: venue, address: address,
            online: online, organizers: organizers, fields: fields, fee: fee, capacity: capacity, audience: audience,
            apply: apply, applyURL: applyURL, applyBy: applyBy, contact: contact, summary: summary, tags: tags,
            notice: notice, previousStart: previousStart, updated: updated, draft: draft, body: body, source: source))
    }

    public static func == (a: Event, b: Event) -> Bool {
        a.box === b.box || a.box.value == b.box.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.value)
    }

    /// The box, copied first when another record shares it.
    private mutating func uniqueBox() -> RecordBox<EventValues> {
        if !isKnownUniquelyReferenced(&box) { box = RecordBox(box.value) }
        return box
    }
}
