extension RenderContext {
    /// The 五十音 index and one page per group.
    func groupPages() -> [PageSpec] {
        // Retired groups come after, outside the 五十音 order.
        let sorted = indexes.groupsByKana
        let details = Array(sorted.indices).pagesMadeLater(layout: "group", path: { SiteURLs.relative(.groups, sorted[$0].slug) }) {
            groupPage(at: $0)
        }
        // The list's cards (every group's) are made when it is rendered, not held with the section.
        return [PageSpec.later(layout: "groups", path: "groups/") { groupListPage() }] + details
            + indexes.retiredGroups.map(retiredGroupPage)
    }

    /// The 五十音 index of every group.
    func groupListPage() -> PageSpec {
        let sorted = indexes.groupsByKana
        var byRow: [String: [Group]] = [:]
        for g in sorted { byRow[Gojuon.row(of: g.kana), default: []].append(g) }
        var rows: [TemplateValue] = Gojuon.rows.map { row in
            let groups = byRow[row.id] ?? []
            return .object([
                "id": .string("row-\(row.id)"),
                "label": .string("\(row.label)行"),
                "initial": .string(row.label),
                "count": .int(groups.count),
                "groups": .list(groups, each: groupCard),
            ])
        }
        if let others = byRow["other"] {
            rows.append(.object(["id": "row-other", "label": "その他", "initial": "他",
                                 "count": .int(others.count), "groups": .list(others, each: groupCard)]))
        }
        return PageSpec(
            layout: "groups", path: "groups/", title: "団体をさがす",
            description: "\(content.config.city)で活動する市民活動団体を五十音順に紹介します。",
            section: .groups, breadcrumbs: [("団体をさがす", "groups/")],
            data: ["rows": .array(rows), "count": .int(sorted.count),
                   "types": .list(GroupType.allCases.compactMap { type in
                       let n = sorted.filter { $0.type == type }.count
                       return n == 0 ? nil : .object(["label": .string(type.label), "count": .int(n),
                                                      "url": .string(urls.path(Self.typePath(type)))])
                   }),
                   "areas": .list(content.config.areas.map { .link($0.name, urls.path("areas/\($0.id)/")) }),
                   "recruiting_count": .int(sorted.filter { $0.recruiting?.isRecruiting == true }.count)])
    }

    /// The page of the active group at `index` in 五十音 order (its
    /// neighbours are the links to the previous and next).
    func groupPage(at index: Int) -> PageSpec {
        let sorted = indexes.groupsByKana
        return groupPage(sorted[index], neighbours: neighbours(sorted, index, kind: .groups, title: \.title, slug: \.slug))
    }

    /// A paused or dissolved group's page: outside the 五十音 order, so
    /// without previous and next links.
    func retiredGroupPage(_ g: Group) -> PageSpec {
        groupPage(g, neighbours: ["prev": .null, "next": .null])
    }

    func groupPage(_ g: Group, neighbours: [String: TemplateValue]) -> PageSpec {
        PageSpec(
            layout: "group", path: SiteURLs.relative(.groups, g.slug), title: g.title, description: g.summary,
            section: .groups, breadcrumbs: [("団体をさがす", "groups/"), (g.title, SiteURLs.relative(.groups, g.slug))],
            ogType: "profile", jsonLD: groupJSONLD(g),
            data: groupDetail(g).objectEntries.merging(neighbours) { a, _ in a }).of(g.source)
    }

    /// Previous and next links within a list.
    func neighbours<T>(_ items: [T], _ index: Int, kind: RecordKind, title: KeyPath<T, String>,
                       slug: KeyPath<T, String>) -> [String: TemplateValue] {
        let prev = index > 0 ? items[index - 1] : nil
        let next = index + 1 < items.count ? items[index + 1] : nil
        return [
            "prev": prev.map { .link($0[keyPath: title], urls.path(kind, $0[keyPath: slug])) } ?? .null,
            "next": next.map { .link($0[keyPath: title], urls.path(kind, $0[keyPath: slug])) } ?? .null,
        ]
    }
}

extension TemplateValue {
    /// The keys of an object value (empty for anything else).
    var objectEntries: [String: TemplateValue] {
        if case .object(let entries) = self { return entries }
        return [:]
    }
}
