/// Every record of a site, decoded and validated, ready to render.
///
/// Lists are in a stable order (by slug) so output never depends on the
/// order the file system returns files in.
public struct SiteContent: Sendable {
    public var config: SiteConfig
    public var fields: [Field]
    public var groups: [Group]
    public var events: [Event]
    public var grants: [Grant]
    public var cases: [CollaborationCase]
    public var news: [NewsItem]
    public var pages: [Page]
    /// Groups of words search treats as one, from `search-synonyms.yml`.
    public var searchSynonyms: [[String]] = []
    /// The files beside records and which of them are used (`MediaCheck`).
    public var media = MediaCatalogue()

    public init(config: SiteConfig, fields: [Field] = [], groups: [Group] = [], events: [Event] = [],
                grants: [Grant] = [], cases: [CollaborationCase] = [], news: [NewsItem] = [], pages: [Page] = []) {
        self.config = config
        self.fields = fields
        self.groups = groups
        self.events = events
        self.grants = grants
        self.cases = cases
        self.news = news
        self.pages = pages
    }

    /// How many records of each kind, for the build summary.
    public var counts: [RecordKind: Int] {
        [.fields: fields.count, .groups: groups.count, .events: events.count,
         .grants: grants.count, .cases: cases.count, .news: news.count, .pages: pages.count]
    }
}
