/// The stored values of a `Event` (see there).
struct EventValues: Sendable, Hashable {
    var slug: String
    var title: String
    var start: EventTime
    var end: DateTime?
    var venue: String?
    var address: String?
    var area: String?
    var areas: [String] = []
    var geo: GeoPoint?
    var volunteersWanted: Bool = false
    var online: Online?
    var organizers: [String]
    var fields: [String]
    var fee: Fee?
    var capacity: Capacity?
    var audience: String?
    var apply: String?
    var applyURL: String?
    var applyBy: LocalDate?
    var contact: String?
    var summary: String
    var tags: [String]
    var notice: EventNotice?
    var previousStart: EventTime?
    var updated: LocalDate?
    var draft: Bool
    var body: String
    var source: RecordSource
}
