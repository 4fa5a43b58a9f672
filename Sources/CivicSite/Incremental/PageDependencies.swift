/// Which pages show something of a record: the inverse of what each page
/// generator under `Rendering/Pages/` reads. Asked of the previous build's
/// context and of the new one, the union holds every page whose output can
/// differ, since a page reads a record only through data held by that
/// record or by a changed record:
///
/// - a record's own page, and the pages just before and after it in its
///   kind's order (their previous/next links show its title);
/// - its kind's list page and the home page (cards, counts, upcoming);
/// - the pages of the fields it is in (cards), and the field list when a
///   group's fields change (counts);
/// - a group's events and cases (their organiser and partner links), an
///   event's organisers and a case's partners (their cards on the group
///   page).
///
/// Fields and the `site` object are on every page; a change to either is
/// a full render and never asks this.
/// `IncrementalEquivalenceTests` is the judge that this list is complete.
struct PageDependencies {
    var context: RenderContext
    var positions: PagePositions

    init(_ context: RenderContext, positions: PagePositions? = nil) {
        self.context = context
        self.positions = positions ?? PagePositions(context)
    }

    /// The pages of this build that show something of `key`.
    func pages(showing key: RecordKey) -> Set<PageID> {
        var pages: Set<PageID> = []
        let kind = key.kind
        guard let index = positions.index(of: kind, key.slug) else {
            // Not in this build: the other build's context names its pages.
            if kind != .pages { pages.formUnion([.home, .list(kind)]) }
            return pages
        }
        pages.insert(.detail(kind, key.slug))
        if kind != .pages {
            pages.formUnion([.home, .list(kind)])
            for slug in positions.neighbours(of: kind, key.slug) { pages.insert(.detail(kind, slug)) }
        }
        let i = context.indexes
        switch kind {
        case .groups:
            let g = i.groupsByKana[index]
            pages.insert(.list(.fields))
            pages.formUnion(g.fields.map { .detail(.fields, $0) })
            pages.formUnion((context.eventsByGroup[g.slug] ?? []).map { .detail(.events, $0.slug) })
            pages.formUnion((context.casesByGroup[g.slug] ?? []).map { .detail(.cases, $0.slug) })
        case .events:
            let e = i.eventsInOrder[index]
            pages.formUnion(e.fields.map { .detail(.fields, $0) })
            pages.formUnion(e.organizers.map { .detail(.groups, $0) })
        case .cases:
            let c = i.casesInOrder[index]
            pages.formUnion(c.fields.map { .detail(.fields, $0) })
            pages.formUnion(c.partners.map { .detail(.groups, $0) })
        case .grants:
            switch i.grantsInOrder[index].fields {
            case .all: pages.formUnion(i.fieldsInOrder.map { .detail(.fields, $0.slug) })
            case .some(let list): pages.formUnion(list.map { .detail(.fields, $0) })
            }
        case .fields:
            // Shown on every card of its records; callers render everything.
            pages.formUnion(context.pageIDs())
        case .pages:
            break
        }
        return pages
    }

    /// The pages of this build that show something of any of `keys`.
    func pages(showing keys: Set<RecordKey>) -> Set<PageID> {
        var result: Set<PageID> = []
        for key in keys { result.formUnion(pages(showing: key)) }
        return result
    }
}
