/// Event organizers and case partners must be groups of the site.
public struct ReferenceValidator: Sendable {
    private let groups: [String: Group]
    private let titles: [String: String]
    /// True when drafts will not be published, so a reference to one would
    /// be a dead link.
    private let draftsExcluded: Bool
    private let broken: Set<String>

    public init(groups: [Group], draftsExcluded: Bool, broken: Set<String> = []) {
        self.broken = broken
        self.groups = Dictionary(groups.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.titles = Dictionary(groups.map { ($0.title, $0.slug) }, uniquingKeysWith: { first, _ in first })
        self.draftsExcluded = draftsExcluded
    }

    public func validate(_ slugs: [String], key: String, source: RecordSource, fromDraft: Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        for (index, slug) in slugs.enumerated() {
            let location = source.keyLocations["\(key)[\(index)]"] ?? source.location(of: key)
            guard seen.insert(slug).inserted else {
                // Often a slip for another group; the page would list it twice.
                diagnostics.append(.warning(.groupListedTwice, at: location, ["slug": .text(slug), "key": .text(key)]))
                continue
            }
            if broken.contains(slug) { continue }
            guard let group = groups[slug] else {
                let near = Suggestion.closest(to: slug, in: groups.keys.sorted())
                let hint = DecodingText.listHint(slug, key: key, noun: Term.groups)
                    ?? (titles[slug] != nil ? ChosenHint(.writeGroupSlug) : near != nil ? ChosenHint(.didYouMean) : nil)
                diagnostics.append(.make(.unknownGroup, at: location,
                                         ["slug": .text(slug), "near": .text(near ?? ""), "bySlug": .text(titles[slug] ?? "")],
                                         hint: hint, severity: .error))
                continue
            }
            if draftsExcluded, group.draft, !fromDraft {
                diagnostics.append(.error(.referenceToDraft, at: location, ["slug": .text(slug), "path": .text(group.source.path)]))
            }
        }
        return diagnostics
    }

    public func validate(_ content: SiteContent) -> [Diagnostic] {
        content.events.flatMap { validate($0.organizers, key: "organizers", source: $0.source, fromDraft: $0.draft) }
            + content.cases.flatMap { validate($0.partners, key: "partners", source: $0.source, fromDraft: $0.draft) }
    }
}
