extension RenderContext {
    /// Every page of the site by identity, in the order of `pageSpecs()`.
    func pageIDs() -> [PageID] {
        var ids: [PageID] = [.home, .list(.groups)]
        ids += indexes.groupsByKana.map { .detail(.groups, $0.slug) }
        ids += indexes.retiredGroups.map { .detail(.groups, $0.slug) }
        ids.append(.list(.fields))
        ids += indexes.fieldsInOrder.map { .detail(.fields, $0.slug) }
        ids.append(.list(.events))
        ids += indexes.eventsInOrder.map { .detail(.events, $0.slug) }
        ids += monthPageIDs()
        ids.append(.list(.grants))
        ids += indexes.grantsInOrder.map { .detail(.grants, $0.slug) }
        ids.append(.list(.cases))
        ids += indexes.casesInOrder.map { .detail(.cases, $0.slug) }
        ids += content.pages.map { .detail(.pages, $0.slug) }
        ids += [.openData, .notFound, .search, .list(.news)]
        ids += indexes.newsInOrder.map { .detail(.news, $0.slug) }
        if hasAreas { ids += [.areaList] + content.config.areas.map { .area($0.id) } }
        ids.append(.recruiting)
        ids += GroupType.allCases.filter { type in indexes.groupsByKana.contains { $0.type == type } }.map { .groupType($0) }
        return ids + [.stats]
    }

    /// The month calendars, first to last.
    func monthPageIDs() -> [PageID] {
        calendarMonths.map { .month(year: $0.year, month: $0.month) }
    }

    /// The spec of one page, nil when the site has no such page. `positions`
    /// gives each record's place in its kind's page order (for the links to
    /// the previous and next one); `openData` the open-data files when
    /// already made.
    func spec(for id: PageID, positions: PagePositions, openData: [OpenDataSet]? = nil) -> PageSpec? {
        var spec = id == .openData ? dataPage(openData) : undatedSpec(for: id, positions: positions)
        if let layout = spec?.layout { spec?.dated = Self.datedLayouts.contains(layout) }
        return spec
    }

    private func undatedSpec(for id: PageID, positions: PagePositions) -> PageSpec? {
        switch id {
        case .home: return homePage()
        case .notFound: return notFoundPage()
        case .search: return searchPage()
        case .openData: return dataPage()
        case .stats: return statsPage()
        case .recruiting: return recruitingPage()
        case .groupType(let type): return groupTypePage(type)
        case .month(let year, let month): return monthPage(CalendarMonth(year: year, month: month))
        case .areaList: return hasAreas ? areaListPage(AreaMembers(self)) : nil
        case .area(let id):
            guard let area = content.config.areas.first(where: { $0.id == id }) else { return nil }
            return areaPage(area, AreaMembers(self))
        case .list(let kind):
            switch kind {
            case .groups: return groupListPage()
            case .fields: return fieldListPage()
            case .events: return eventListPage()
            case .grants: return grantListPage()
            case .cases: return caseListPage()
            case .news: return newsListPage()
            case .pages: return nil
            }
        case .detail(let kind, let slug):
            guard let index = positions.index(of: kind, slug) else {
                return kind == .groups ? positions.retired(slug).map { retiredGroupPage(indexes.retiredGroups[$0]) } : nil
            }
            switch kind {
            case .groups: return groupPage(at: index)
            case .fields: return fieldPage(at: index)
            case .events: return eventPage(at: index)
            case .grants: return grantPage(at: index)
            case .cases: return casePage(at: index)
            case .news: return newsPage(at: index)
            case .pages: return staticPage(content.pages[index])
            }
        }
    }
}

/// Each record's place in its kind's page order: the sorted lists of
/// `RenderIndexes` (and the pages in slug order), by slug.
struct PagePositions: Sendable {
    private var slugs: [RecordKind: [String]] = [:]
    private var places: [RecordKind: [String: Int]] = [:]
    /// Paused and dissolved groups, outside the 五十音 order.
    private var retiredPlaces: [String: Int] = [:]

    init(_ context: RenderContext) {
        let i = context.indexes
        slugs[.groups] = i.groupsByKana.map(\.slug)
        slugs[.fields] = i.fieldsInOrder.map(\.slug)
        slugs[.events] = i.eventsInOrder.map(\.slug)
        slugs[.grants] = i.grantsInOrder.map(\.slug)
        slugs[.cases] = i.casesInOrder.map(\.slug)
        slugs[.news] = i.newsInOrder.map(\.slug)
        slugs[.pages] = context.content.pages.map(\.slug)
        for (kind, list) in slugs {
            places[kind] = Dictionary(list.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        }
        retiredPlaces = Dictionary(i.retiredGroups.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The place of a record in its kind's order (active groups only).
    func index(of kind: RecordKind, _ slug: String) -> Int? {
        places[kind]?[slug]
    }

    /// The place of a paused or dissolved group among `RenderIndexes.retiredGroups`.
    func retired(_ slug: String) -> Int? {
        retiredPlaces[slug]
    }

    /// The slugs just before and after a record in its kind's order.
    func neighbours(of kind: RecordKind, _ slug: String) -> [String] {
        guard let index = index(of: kind, slug), let list = slugs[kind] else { return [] }
        return [index - 1, index + 1].filter { list.indices.contains($0) }.map { list[$0] }
    }
}
