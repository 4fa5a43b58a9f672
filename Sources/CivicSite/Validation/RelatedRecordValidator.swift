/// `related` on news items: every reference names a record of the site,
/// as `kind/slug`, and none is a draft that will not be published.
public struct RelatedRecordValidator: Sendable {
    /// Each record's file and whether it is a draft.
    private let records: [RecordKey: (path: String, draft: Bool)]
    /// The records, for the slugs a wrong reference is compared with.
    private let content: SiteContent
    private let draftsExcluded: Bool
    private let broken: Set<String>
    /// The content folder as shown in messages (`content`).
    private let contentFolder: String

    /// `kinds`: the kinds the news to validate refer to (`kinds(referencedBy:)`);
    /// only their records are looked up. Nil means every kind.
    public init(_ content: SiteContent, draftsExcluded: Bool, broken: Set<String> = [], contentFolder: String = "content",
                kinds: Set<RecordKind>? = nil) {
        self.contentFolder = contentFolder
        self.content = content
        var records: [RecordKey: (path: String, draft: Bool)] = [:]
        records.reserveCapacity(content.fields.count + content.groups.count + content.events.count + content.grants.count
            + content.cases.count + content.news.count + content.pages.count)
        // The first file of a slug is the one a reference means.
        func add(_ kind: RecordKind, _ slug: String, _ source: @autoclosure () -> RecordSource, _ draft: Bool) {
            let key = RecordKey(kind, slug)
            if records[key] == nil { records[key] = (source().path, draft) }
        }
        let wanted = kinds ?? Set(RecordKind.allCases)
        if wanted.contains(.fields) { for r in content.fields { add(.fields, r.slug, r.source, false) } }
        if wanted.contains(.groups) { for r in content.groups { add(.groups, r.slug, r.source, r.draft) } }
        if wanted.contains(.events) { for r in content.events { add(.events, r.slug, r.source, r.draft) } }
        if wanted.contains(.grants) { for r in content.grants { add(.grants, r.slug, r.source, r.draft) } }
        if wanted.contains(.cases) { for r in content.cases { add(.cases, r.slug, r.source, r.draft) } }
        if wanted.contains(.news) { for r in content.news { add(.news, r.slug, r.source, r.draft) } }
        if wanted.contains(.pages) { for r in content.pages { add(.pages, r.slug, r.source, r.draft) } }
        self.records = records
        self.draftsExcluded = draftsExcluded
        self.broken = broken
    }

    /// The kinds `news` refer to in `related`.
    public static func kinds(referencedBy news: [NewsItem]) -> Set<RecordKind> {
        var kinds: Set<RecordKind> = []
        for item in news { for reference in item.related { if let kind = reference.kind { kinds.insert(kind) } } }
        return kinds
    }

    /// The slugs of one kind, in file order.
    private func slugs(of kind: RecordKind) -> [String] {
        switch kind {
        case .fields: return content.fields.map(\.slug)
        case .groups: return content.groups.map(\.slug)
        case .events: return content.events.map(\.slug)
        case .grants: return content.grants.map(\.slug)
        case .cases: return content.cases.map(\.slug)
        case .news: return content.news.map(\.slug)
        case .pages: return content.pages.map(\.slug)
        }
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
            if broken.contains("\(kind.rawValue)/\(reference.slug)") { continue }
            guard let record = records[RecordKey(kind, reference.slug)] else {
                let near = Suggestion.closest(to: reference.slug, in: slugs(of: kind))
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
