extension RenderContext {
    /// A field as a link or tile: `{slug, number, name, short, url}`.
    func fieldRef(_ slug: String) -> TemplateValue {
        guard let f = fieldsBySlug[slug] else { return .null }
        return .object([
            "slug": .string(f.slug),
            "id": .string(f.slug),
            "number": .int(f.number),
            "name": .string(f.name),
            "short": .string(f.short),
            "url": .string(urls.path(.fields, f.slug)),
        ])
    }

    func fieldRefs(_ slugs: [String]) -> TemplateValue {
        .list(slugs.map(fieldRef).filter { $0 != .null })
    }

    /// Field slugs in the order of their official numbers.
    var fieldSlugsInOrder: [String] {
        content.fields.sorted { $0.number < $1.number }.map(\.slug)
    }
}
