extension RenderContext {
    /// True when `site.yml` lists the city's areas: `area` is then a
    /// reference with pages of its own, else free text shown as written.
    var hasAreas: Bool { !content.config.areas.isEmpty }

    func area(_ id: String) -> Area? {
        content.config.areas.first { $0.id == id }
    }

    /// What a card prints after 活動地域: the names of the areas, or the
    /// text as written on a site without areas.
    func areaText(ids: [String], written: String?) -> String? {
        guard hasAreas else { return written }
        let names = ids.compactMap { area($0)?.name }
        return names.isEmpty ? nil : names.joined(separator: "、")
    }

    /// The areas as links to their pages, or null.
    func areaLinks(_ ids: [String]) -> TemplateValue {
        guard hasAreas else { return .null }
        return .list(ids.compactMap(area).map { .link($0.name, urls.path("areas/\($0.id)/")) })
    }
}
