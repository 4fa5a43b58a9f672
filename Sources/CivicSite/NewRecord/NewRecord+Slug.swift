import Foundation

extension NewRecord {
    /// The slug: the one given (checked against the slug rules), else one
    /// made from the title (read with a group's kana), else a dated one
    /// (`new-event-2026-12-01`, then `-2`, `-3` … beside existing files).
    static func chooseSlug(_ request: NewRecordRequest, reading: String?, folder: URL,
                           shownFolder: String) throws(DiagnosticList) -> (String, NewRecordResult.SlugOrigin) {
        if let given = request.slug {
            guard SlugRules.isValid(given) else {
                let near = SlugSuggestion.suggestion(title: nil, reading: nil, fileStem: given)
                throw DiagnosticList([.error(.newSlugNotValid, at: nowhere, ["slug": .text(given), "near": .text(near ?? "")],
                                             hint: near == nil ? .omitted : nil)])
            }
            if request.kind == .pages, ReservedSlugs.names.contains(given) {
                throw DiagnosticList([.error(.newReservedPageSlug, at: nowhere,
                                             ["slug": .text(given), "reserved": .list(ReservedSlugs.names.sorted().map { .text($0) })])])
            }
            return (given, .given)
        }
        if let title = request.title, let made = SlugSuggestion.suggestion(title: title, reading: reading, fileStem: ""),
           !(request.kind == .pages && ReservedSlugs.names.contains(made)) {
            // An existing file of that name is most likely the same record,
            // so it is refused when written rather than numbered.
            return (made, .title)
        }
        let base = "new-\(request.kind.singular)-\(request.now.date.description)"
        var slug = base
        var number = 1
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(slug).md").path)
                || FileManager.default.fileExists(atPath: folder.appendingPathComponent(slug).path) {
            number += 1
            slug = "\(base)-\(number)"
        }
        return (slug, .date)
    }
}
