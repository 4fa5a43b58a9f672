extension RenderContext {
    func fieldPages() -> [PageSpec] {
        let fields = indexes.fieldsInOrder
        return [fieldListPage()] + Array(fields.indices).pagesMadeLater(layout: "field", path: { SiteURLs.relative(.fields, fields[$0].slug) }) {
            fieldPage(at: $0)
        }
    }

    /// The 17 fields with their group counts.
    func fieldListPage() -> PageSpec {
        let tiles: [TemplateValue] = indexes.fieldsInOrder.map { f in
            var v = fieldRef(f.slug).objectEntries
            v["count"] = .int(indexes.groupsByField[f.slug]?.count ?? 0)
            return .object(v)
        }
        return PageSpec(
            layout: "fields", path: "fields/", title: "活動分野",
            description: "特定非営利活動促進法に定める17の活動分野ごとに、団体・イベント・助成金・協働事例を探せます。",
            section: .fields, breadcrumbs: [("活動分野", "fields/")], data: ["fields": .array(tiles)])
    }

    /// The page of the field at `index` in the order of the official numbers.
    func fieldPage(at index: Int) -> PageSpec {
        let fields = indexes.fieldsInOrder
        let f = fields[index]
        let path = SiteURLs.relative(.fields, f.slug)
        let groups = indexes.groupsByField[f.slug] ?? []
        let events = (indexes.eventsByField[f.slug] ?? []).filter { eventStatus($0) != .past && !$0.isCalledOff }
        let grants = content.grants.filter { $0.fields.includes(f.slug) && grantStatus($0).isAcceptingApplications }
            .sorted(by: grantOrder)
        let cases = indexes.casesByField[f.slug] ?? []
        var data: [String: TemplateValue] = [
            "field": fieldRef(f.slug),
            "body": .text(sectionBody(.fields, f.slug, minimumLevel: 2)),
            "groups": .list(groups, each: groupCard),
            "events": .list(events, each: eventCard),
            "grants": .list(grants, each: grantCard),
            "cases": .list(cases, each: caseCard),
            "group_count": .int(groups.count),
        ]
        data.merge(neighbours(fields, index, kind: .fields, title: \.short, slug: \.slug)) { a, _ in a }
        return PageSpec(layout: "field", path: path, title: f.short, description: f.name, section: .fields,
                        breadcrumbs: [("活動分野", "fields/"), (f.short, path)], data: data).of(f.source)
    }

    /// Open grants by nearest deadline, rolling ones after dated ones.
    func grantOrder(_ a: Grant, _ b: Grant) -> Bool {
        Self.grantOrder(a, b)
    }

    static func grantOrder(_ a: Grant, _ b: Grant) -> Bool {
        let da = a.rolling ? Int.max : (a.deadline?.daysSinceEpoch ?? Int.max)
        let db = b.rolling ? Int.max : (b.deadline?.daysSinceEpoch ?? Int.max)
        return (da, a.title, a.slug) < (db, b.title, b.slug)
    }
}
