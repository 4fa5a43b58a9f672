/// Free-standing pages live at the site root, beside the folders the
/// generator writes itself; a page may not take one of those names.
enum ReservedSlugs {
    static let names: Set<String> = Set(RecordKind.allCases.map(\.rawValue)).union(["search", "data", "assets", "404"])

    static func check(_ content: SiteContent, contentDisplayPath: String) -> [Diagnostic] {
        content.pages.filter { names.contains($0.slug) }.map { page in
            .error(at: page.source.keyLocations["slug"] ?? .file(page.source.path),
                   "the page slug '\(page.slug)' is used by the site itself",
                   hint: "rename the file or set another `slug:`; reserved: \(names.sorted().joined(separator: ", "))")
        }
    }
}
