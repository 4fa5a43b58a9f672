/// Free-standing pages live at the site root, beside the folders the
/// generator writes itself; a page may not take one of those names.
enum ReservedSlugs {
    static let names: Set<String> = Set(RecordKind.allCases.map(\.rawValue)).union(["search", "data", "assets", "404", "areas", "recruiting", "stats", "types", "files"])

    static func check(_ content: SiteContent, contentDisplayPath: String) -> [Diagnostic] {
        content.pages.filter { names.contains($0.slug) }.map { page in
            .error(.reservedPageSlug, at: page.source.keyLocations["slug"] ?? .file(page.source.path),
                   ["slug": .text(page.slug), "reserved": .list(names.sorted().map { .text($0) })])
        }
    }
}
