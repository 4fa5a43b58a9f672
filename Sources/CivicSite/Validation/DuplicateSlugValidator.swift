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
        repeats(content.fields, kind: .fields) + repeats(content.groups, kind: .groups) + repeats(content.events, kind: .events)
            + repeats(content.grants, kind: .grants) + repeats(content.cases, kind: .cases) + repeats(content.news, kind: .news)
            + repeats(content.pages, kind: .pages)
    }

    /// As `validate(_:kind:)`, looking for a repeated slug first: on every
    /// build of the preview there is none, and pairing every record with its
    /// source cost more than the check.
    private static func repeats<R: Slugged & HasRecordSource>(_ records: [R], kind: RecordKind) -> [Diagnostic] {
        var seen: Set<String> = []
        seen.reserveCapacity(records.count)
        guard records.contains(where: { !seen.insert($0.slug).inserted }) else { return [] }
        return validate(records.map { ($0.slug, $0.source) }, kind: kind)
    }
}
