/// Orders and groupings that many pages share, computed once per build
/// rather than once per page: with 10,000 groups, re-sorting and filtering
/// the records for every field page dominated the render time.
struct RenderIndexes: Sendable {
    /// Active groups in 五十音 order of their reading: the lists, counts and
    /// field pages leave paused and dissolved groups out.
    var groupsByKana: [Group] = []
    /// Paused and dissolved groups, by slug: their pages stay for old links.
    var retiredGroups: [Group] = []
    /// Field slug → its groups, in 五十音 order.
    var groupsByField: [String: [Group]] = [:]
    /// Events by start.
    var eventsInOrder: [Event] = []
    /// Field slug → its events, by start.
    var eventsByField: [String: [Event]] = [:]
    /// Cases, newest fiscal year first.
    var casesInOrder: [CollaborationCase] = []
    /// Field slug → its cases.
    var casesByField: [String: [CollaborationCase]] = [:]
    /// Grants by deadline (the order of the list page's neighbours).
    var grantsInOrder: [Grant] = []
    /// Fields by their official number.
    var fieldsInOrder: [Field] = []
    /// News, newest first (`RenderContext.newsInOrder`).
    var newsInOrder: [NewsItem] = []

    init() {}

    init(_ content: SiteContent) {
        let keys = content.groups.map { OrderingBytes.of(Gojuon.sortKey(kana: $0.kana, title: $0.title)) }
        groupsByKana = content.groups.indices
            .sorted {
                keys[$0] != keys[$1] ? keys[$0].lexicographicallyPrecedes(keys[$1]) : content.groups[$0].slug < content.groups[$1].slug
            }
            .map { content.groups[$0] }
            .filter { !$0.isRetired }
        retiredGroups = content.groups.filter(\.isRetired).sorted { $0.slug < $1.slug }
        for g in groupsByKana {
            for field in g.fields { groupsByField[field, default: []].append(g) }
        }
        eventsInOrder = content.events.sorted(by: RenderContext.eventOrder)
        for e in eventsInOrder {
            for field in e.fields { eventsByField[field, default: []].append(e) }
        }
        grantsInOrder = content.grants.sorted(by: RenderContext.grantOrder)
        fieldsInOrder = content.fields.sorted { $0.number < $1.number }
        newsInOrder = content.news.sorted { ($1.date, $0.slug) < ($0.date, $1.slug) }
        casesInOrder = content.cases.sorted(by: RenderContext.caseOrder)
        for c in casesInOrder {
            for field in c.fields { casesByField[field, default: []].append(c) }
        }
    }
}
