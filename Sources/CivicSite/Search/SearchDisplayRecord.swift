/// What the result list shows for one record, stored in `docs/<n>.json` as
/// `[id, type, url, title, excerpt, dateLabel]`, with `statusLabel` after
/// them when the record has one (an array: keys repeated per record would
/// cost more than the data).
struct SearchDisplayRecord {
    var id: String
    var type: String
    var url: String
    var title: String
    var excerpt: String
    var dateLabel: String?
    var statusLabel: String?

    init(_ document: SearchDocument, options: SearchIndexOptions) {
        id = document.id
        type = document.type
        url = document.url
        title = document.title
        let source = document.summary.isEmpty ? document.body : document.summary
        excerpt = Self.shorten(source, to: options.excerptLength)
        dateLabel = document.dateLabel
        statusLabel = document.statusLabel
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
                dateLabel.map(SearchJSON.string) ?? .null] + (statusLabel.map { [.string($0)] } ?? []))
    }
}
