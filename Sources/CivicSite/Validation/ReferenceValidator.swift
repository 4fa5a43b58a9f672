/// Event organizers and case partners must be groups of the site.
public struct ReferenceValidator: Sendable {
    private let groups: [String: Group]
    /// In file order, for the hints of a reference that names no group.
    private let list: [Group]
    /// True when drafts will not be published, so a reference to one would
    /// be a dead link.
    private let draftsExcluded: Bool
    private let broken: Set<String>

    public init(groups: [Group], draftsExcluded: Bool, broken: Set<String> = []) {
        self.broken = broken
        self.groups = Dictionary(groups.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.list = groups
        self.draftsExcluded = draftsExcluded
    }

    public func validate(_ slugs: [String], key: String, source: RecordSource, fromDraft: Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        for (index, slug) in slugs.enumerated() {
            // Made only for a message: most references are right.
            let location = { source.keyLocations["\(key)[\(index)]"] ?? source.location(of: key) }
            guard seen.insert(slug).inserted else {
                // Often a slip for another group; the page would list it twice.
                diagnostics.append(.warning(.groupListedTwice, at: location(), ["slug": .text(slug), "key": .text(key)]))
                continue
            }
            if broken.contains(slug) { continue }
            guard let group = groups[slug] else {
                let near = Suggestion.closest(to: slug, in: groups.keys.sorted())
                // A group's name written where its slug belongs.
                let bySlug = list.first { $0.title == slug }?.slug
                let hint = DecodingText.listHint(slug, key: key, noun: Term.groups)
                    ?? (bySlug != nil ? ChosenHint(.writeGroupSlug) : near != nil ? ChosenHint(.didYouMean) : nil)
                diagnostics.append(.make(.unknownGroup, at: location(),
                                         ["slug": .text(slug), "near": .text(near ?? ""), "bySlug": .text(bySlug ?? "")],
                                         hint: hint, severity: .error))
                continue
            }
            if draftsExcluded, group.draft, !fromDraft {
                diagnostics.append(.error(.referenceToDraft, at: location(), ["slug": .text(slug), "path": .text(group.source.path)]))
            }
        }
        return diagnostics
    }

    public func validate(_ content: SiteContent) -> [Diagnostic] {
        content.events.flatMap { validate($0.organizers, key: "organizers", source: $0.source, fromDraft: $0.draft) }
            + content.cases.flatMap { validate($0.partners, key: "partners", source: $0.source, fromDraft: $0.draft) }
    }
}
