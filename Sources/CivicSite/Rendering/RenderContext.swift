/// Everything page rendering needs, prepared once per build: the validated
/// content, the URLs, the build date, every body already rendered to HTML,
/// and the relations between records.
public struct RenderContext: Sendable {
    public var content: SiteContent
    public var urls: SiteURLs
    public var now: DateTime
    /// The moment written into stamps (calendar DTSTAMP): `SOURCE_DATE_EPOCH`
    /// when given, else `now`. Kept apart from `now`, which decides statuses:
    /// a daily rebuild of an unchanged commit keeps every calendar file as it was.
    public var stamp: DateTime?
    /// Rendered Markdown bodies by `kind/slug`.
    public var bodies: [String: String]
    /// Renders a body missing from `bodies` when it is asked for. A build
    /// leaves `bodies` empty and sets this: the HTML of 100,000 bodies held
    /// at once would make memory grow with the size of the texts.
    var bodyRendering: BodyRendering?
    /// The bodies' texts as search reads them, by `kind/slug`, when made
    /// with the first rendering (`SiteBuilder.renderMarkdown`).
    var searchTexts: [String: String] = [:]
    /// The open-data files once written (`writeOpenData`), for `/data/`;
    /// nil until then, when the page makes them in memory.
    var openData: [OpenDataSet]?

    public var fieldsBySlug: [String: Field]
    public var groupsBySlug: [String: Group]
    /// Group slug → events it organises, in date order.
    public var eventsByGroup: [String: [Event]]
    /// Group slug → cases it took part in, newest year first.
    public var casesByGroup: [String: [CollaborationCase]]
    /// Shared orders and groupings.
    var indexes: RenderIndexes

    public init(content: SiteContent, urls: SiteURLs, now: DateTime, bodies: [String: String]) {
        self.content = content
        self.urls = urls
        self.now = now
        self.bodies = bodies
        fieldsBySlug = Dictionary(content.fields.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        groupsBySlug = Dictionary(content.groups.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        indexes = RenderIndexes(content)
        var events: [String: [Event]] = [:]
        for event in indexes.eventsInOrder {
            for organizer in event.organizers { events[organizer, default: []].append(event) }
        }
        eventsByGroup = events
        var cases: [String: [CollaborationCase]] = [:]
        for item in indexes.casesInOrder {
            for partner in item.partners { cases[partner, default: []].append(item) }
        }
        casesByGroup = cases
    }

    /// The build date in Japan, for grant deadlines.
    public var today: LocalDate { now.date }

    /// A body as rendered, for open data.
    public func body(_ kind: RecordKind, _ slug: String) -> String {
        let key = "\(kind.rawValue)/\(slug)"
        return bodies[key] ?? bodyRendering?.html(forKey: key) ?? ""
    }

    /// A body placed under a heading of the page: under the `h1` its
    /// headings start at `h2`, inside a section under an `h2` at `h3`.
    func sectionBody(_ kind: RecordKind, _ slug: String, minimumLevel: Int = 3) -> String {
        HeadingLevels.demote(body(kind, slug), minimum: minimumLevel)
    }

    /// Events by start, then title, then slug: a total order, so output is stable.
    static func eventOrder(_ a: Event, _ b: Event) -> Bool {
        (a.start.moment.epochSeconds, a.title, a.slug) < (b.start.moment.epochSeconds, b.title, b.slug)
    }

    static func caseOrder(_ a: CollaborationCase, _ b: CollaborationCase) -> Bool {
        (-a.fiscalYear, a.title, a.slug) < (-b.fiscalYear, b.title, b.slug)
    }

    public func eventStatus(_ e: Event) -> EventStatus {
        EventStatus(start: e.start, end: e.end, now: now)
    }

    public func grantStatus(_ g: Grant) -> GrantStatus {
        GrantStatus(opens: g.opens, deadline: g.deadline, rolling: g.rolling, today: today)
    }
}
