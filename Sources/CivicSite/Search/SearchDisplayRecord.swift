/// What the result list shows for one record, stored in `docs/<n>.json` as
/// `[id, type, url, title, excerpt, dateLabel]`, with `statusLabel` (or
/// null) and the timing after them when the record has either (an array:
/// keys repeated per record would cost more than the data). The timing, in
/// minutes since 1970 UTC, lets the page show today's status: `[start, end]`
/// of an event, `[opens, deadline, rolling]` of a grant (0: none).
struct SearchDisplayRecord {
    var id: String
    var type: String
    var url: String
    var title: String
    var excerpt: String
    var dateLabel: String?
    var statusLabel: String?
    var timing: [Int] = []

    init(_ document: SearchDocument, options: SearchIndexOptions) {
        id = document.id
        type = document.type
        url = document.url
        title = document.title
        let source = document.summary.isEmpty ? document.body : document.summary
        excerpt = Self.shorten(source, to: options.excerptLength)
        dateLabel = document.dateLabel
        statusLabel = document.statusLabel
        if let start = document.startsAt.flatMap({ SearchDateParser.minutes($0, dateOnly: .startOfDay) }),
           let end = document.upcomingUntil.flatMap({ SearchDateParser.minutes($0, dateOnly: .endOfDay) }) {
            timing = [start, end]
        } else if document.type == "grants" {
            timing = [document.openFrom.flatMap { SearchDateParser.minutes($0, dateOnly: .startOfDay) } ?? 0,
                      document.openUntil.flatMap { SearchDateParser.minutes($0, dateOnly: .endOfDay) } ?? 0,
                      document.rolling ? 1 : 0]
        }
    }

    static func shorten(_ text: String, to length: Int) -> String {
        // Line breaks of the body mean nothing in a one-paragraph excerpt.
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let scalars = flat.unicodeScalars
        guard scalars.count > length else { return flat }
        return String(String.UnicodeScalarView(scalars.prefix(length))) + "…"
    }

    var json: SearchJSON {
        .array([.string(id), .string(type), .string(url), .string(title), .string(excerpt),
                dateLabel.map(SearchJSON.string) ?? .null]
            + (statusLabel == nil && timing.isEmpty ? [] : [statusLabel.map(SearchJSON.string) ?? .null])
            + (timing.isEmpty ? [] : [.array(timing.map(SearchJSON.int))]))
    }
}
