extension RenderContext {
    func grantCard(_ g: Grant) -> TemplateValue {
        let status = grantStatus(g)
        return .object([
            "slug": .string(g.slug),
            "title": .string(g.title),
            "url": .string(urls.path(.grants, g.slug)),
            "provider": .string(g.provider),
            "kind": .string(g.kind.label),
            "summary": .string(g.summary),
            "amount": .text(YenFormat.range(min: g.amountMin, max: g.amountMax)),
            "deadline": .text(g.rolling ? "随時" : g.deadline.map(dayText)),
            "deadline_iso": .text(g.rolling ? nil : g.deadline?.description),
            "opens": .text(g.opens.map(dayText)),
            "opens_iso": .text(g.opens?.description),
            "rolling": .bool(g.rolling),
            "status": .string(status.rawValue),
            "status_label": .string(status.label),
            "spare": .bool(false),
        ])
    }

    func grantDetail(_ g: Grant) -> TemplateValue {
        let fields: TemplateValue
        let allFields: Bool
        switch g.fields {
        case .all: fields = .null; allFields = true
        case .some(let list): fields = fieldRefs(list); allFields = false
        }
        return .object([
            "grant": grantCard(g),
            "body": .text(sectionBody(.grants, g.slug)),
            "all_fields": .bool(allFields),
            "fields": fields,
            "eligible": .texts(g.eligible.map(\.label)),
            "amount_min": .text(g.amountMin.map(YenFormat.full)),
            "amount_max": .text(g.amountMax.map(YenFormat.full)),
            "amount_note": .text(g.amountNote),
            "link": .text(g.url),
            "tags": .texts(g.tags),
        ])
    }
}
