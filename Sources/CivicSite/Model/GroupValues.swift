/// The stored values of a `Group` (see there).
struct GroupValues: Sendable, Hashable {
    var slug: String
    var title: String
    var kana: String
    var type: GroupType
    var fields: [String]
    var summary: String
    var area: String?
    var areas: [String] = []
    var geo: GeoPoint?
    var address: String?
    var founded: Group.Founded?
    var representative: String?
    var members: Int?
    var fees: String?
    var corporateNumber: String?
    var contact: Contact?
    var recruiting: Recruiting?
    var tags: [String]
    var updated: LocalDate?
    var status: GroupStatus?
    var draft: Bool
    var body: String
    var source: RecordSource
}
