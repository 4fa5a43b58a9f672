extension RenderContext {
    /// Every page of the site by identity, in the order of `pageSpecs()`.
    func pageIDs() -> [PageID] {
        var ids: [PageID] = [.home, .list(.groups)]
        ids += indexes.groupsByKana.map { .detail(.groups, $0.slug) }
        ids.append(.list(.fields))
        ids += indexes.fieldsInOrder.map { .detail(.fields, $0.slug) }
        ids.append(.list(.events))
        ids += indexes.eventsInOrder.map { .detail(.events, $0.slug) }
        ids.append(.list(.grants))
        ids += indexes.grantsInOrder.map { .detail(.grants, $0.slug) }
        ids.append(.list(.cases))
        ids += indexes.casesInOrder.map { .detail(.cases, $0.slug) }
        ids += content.pages.map { .detail(.pages, $0.slug) }
        return ids + [.notFound, .search]
    }

    /// The spec of one page, nil when the site has no such page. `positions`
    /// gives each record's place in its kind's page order (for the links to
    /// the previous and next one).
    func spec(for id: PageID, positions: PagePositions) -> PageSpec? {
        switch id {
        case .home: return homePage()
        case .notFound: return notFoundPage()
        case .search: return searchPage()
        case .list(let kind):
            switch kind {
            case .groups: return groupListPage()
            case .fields: return fieldListPage()
            case .events: return eventListPage()
            case .grants: return grantListPage()
            case .cases: return caseListPage()
            case .pages: return nil
            }
        case .detail(let kind, let slug):
            guard let index = positions.index(of: kind, slug) else { return nil }
            switch kind {
            case .groups: return groupPage(at: index)
            case .fields: return fieldPage(at: index)
            case .events: return eventPage(at: index)
            case .grants: return grantPage(at: index)
            case .cases: return casePage(at: index)
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

    init(_ context: RenderContext) {
        let i = context.indexes
        slugs[.groups] = i.groupsByKana.map(\.slug)
        slugs[.fields] = i.fieldsInOrder.map(\.slug)
        slugs[.events] = i.eventsInOrder.map(\.slug)
        slugs[.grants] = i.grantsInOrder.map(\.slug)
        slugs[.cases] = i.casesInOrder.map(\.slug)
        slugs[.pages] = context.content.pages.map(\.slug)
        for (kind, list) in slugs {
            places[kind] = Dictionary(list.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }

    func index(of kind: RecordKind, _ slug: String) -> Int? {
        places[kind]?[slug]
    }

    /// The slugs just before and after a record in its kind's order.
    func neighbours(of kind: RecordKind, _ slug: String) -> [String] {
        guard let index = index(of: kind, slug), let list = slugs[kind] else { return [] }
        return [index - 1, index + 1].filter { list.indices.contains($0) }.map { list[$0] }
    }
}
