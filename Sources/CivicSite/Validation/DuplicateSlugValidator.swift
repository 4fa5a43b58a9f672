/// Two records of one kind with the same slug would write the same page.
public enum DuplicateSlugValidator {
    /// Sources in file order with their slugs; the second and later files
    /// that repeat a slug are reported.
    public static func validate(_ records: [(slug: String, source: RecordSource)], kind: RecordKind) -> [Diagnostic] {
        var seen: [String: RecordSource] = [:]
        var diagnostics: [Diagnostic] = []
        for record in records {
            if let first = seen[record.slug] {
                // Reported where the clash was made: at a written `slug:`
                // rather than at the file whose name gives the slug.
                let (later, earlier) = first.keyLocations["slug"] != nil && record.source.keyLocations["slug"] == nil
                    ? (first, record.source) : (record.source, first)
                diagnostics.append(.error(.duplicateSlug, at: later.location(of: "slug"),
                                          ["slug": .text(record.slug), "kind": .term(Term.kind(kind)), "first": .text(earlier.path)]))
            } else {
                seen[record.slug] = record.source
            }
        }
        return diagnostics
    }

    public static func validate(_ content: SiteContent) -> [Diagnostic] {
        validate(content.fields.map { ($0.slug, $0.source) }, kind: .fields)
            + validate(content.groups.map { ($0.slug, $0.source) }, kind: .groups)
            + validate(content.events.map { ($0.slug, $0.source) }, kind: .events)
            + validate(content.grants.map { ($0.slug, $0.source) }, kind: .grants)
            + validate(content.cases.map { ($0.slug, $0.source) }, kind: .cases)
            + validate(content.news.map { ($0.slug, $0.source) }, kind: .news)
            + validate(content.pages.map { ($0.slug, $0.source) }, kind: .pages)
    }
}
