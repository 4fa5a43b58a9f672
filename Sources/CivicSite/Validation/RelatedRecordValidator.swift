/// `related` on news items: every reference names a record of the site,
/// as `kind/slug`, and none is a draft that will not be published.
public struct RelatedRecordValidator: Sendable {
    /// `kind/slug` → the record's file and whether it is a draft.
    private let records: [String: (path: String, draft: Bool)]
    private let slugsByKind: [RecordKind: [String]]
    private let draftsExcluded: Bool
    private let broken: Set<String>
    /// The content folder as shown in messages (`content`).
    private let contentFolder: String

    public init(_ content: SiteContent, draftsExcluded: Bool, broken: Set<String> = [], contentFolder: String = "content") {
        self.contentFolder = contentFolder
        var all: [(RecordKind, String, RecordSource, Bool)] = []
        all += content.fields.map { (.fields, $0.slug, $0.source, false) }
        all += content.groups.map { (.groups, $0.slug, $0.source, $0.draft) }
        all += content.events.map { (.events, $0.slug, $0.source, $0.draft) }
        all += content.grants.map { (.grants, $0.slug, $0.source, $0.draft) }
        all += content.cases.map { (.cases, $0.slug, $0.source, $0.draft) }
        all += content.news.map { (.news, $0.slug, $0.source, $0.draft) }
        all += content.pages.map { (.pages, $0.slug, $0.source, $0.draft) }
        var records: [String: (path: String, draft: Bool)] = [:]
        var slugs: [RecordKind: [String]] = [:]
        for (kind, slug, source, draft) in all {
            records["\(kind.rawValue)/\(slug)"] = records["\(kind.rawValue)/\(slug)"] ?? (source.path, draft)
            slugs[kind, default: []].append(slug)
        }
        self.records = records
        self.slugsByKind = slugs
        self.draftsExcluded = draftsExcluded
        self.broken = broken
    }

    public func validate(_ item: NewsItem) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, reference) in item.related.enumerated() {
            let location = item.source.keyLocations["related[\(index)]"] ?? item.source.location(of: "related")
            let text: MessageArguments = ["text": .text(reference.written)]
            guard let kind = reference.kind, !reference.slug.isEmpty else {
                diagnostics.append(.error(.relatedNotKindAndSlug, at: location,
                                          text.merging(["kinds": .list(RecordKind.allCases.map { .text($0.rawValue) })]) { a, _ in a }))
                continue
            }
            let key = "\(kind.rawValue)/\(reference.slug)"
            if broken.contains(key) { continue }
            guard let record = records[key] else {
                let near = Suggestion.closest(to: reference.slug, in: slugsByKind[kind] ?? [])
                let folder = "\(contentFolder)/\(kind.rawValue)"
                diagnostics.append(.make(.unknownRelatedRecord, at: location,
                                         text.merging(["kind": .term(Term.kind(kind)), "folder": .text(folder),
                                                       "near": .text(near.map { "\(kind.rawValue)/\($0)" } ?? "")]) { a, _ in a },
                                         hint: near == nil ? nil : ChosenHint(.didYouMean), severity: .error))
                continue
            }
            if draftsExcluded, record.draft, !item.draft {
                diagnostics.append(.error(.relatedDraft, at: location, text.merging(["path": .text(record.path)]) { a, _ in a }))
            }
        }
        return diagnostics
    }

    public func validate(_ content: SiteContent) -> [Diagnostic] {
        content.news.flatMap(validate)
    }
}
