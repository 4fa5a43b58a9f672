/// The stored values of a `NewsItem` (see there).
struct NewsItemValues: Sendable, Hashable {
    var slug: String
    var title: String
    var date: LocalDate
    var summary: String
    var related: [RecordReference]
    var draft: Bool
    var body: String
    var source: RecordSource
}
