/// Which pages show something of a record: the inverse of what each page
/// generator under `Rendering/Pages/` reads. Asked of the previous build's
/// context and of the new one, the union holds every page whose output can
/// differ, since a page reads a record only through data held by that
/// record or by a changed record:
///
/// - a record's own page, and the pages just before and after it in its
///   kind's order (their previous/next links show its title);
/// - its kind's list page, the home page (cards, counts, upcoming, latest
///   news) and the statistics page (counts of every kind);
/// - the pages of the fields it is in (cards), and the field list when a
///   group's fields change (counts);
/// - a group's events and cases (their organiser and partner links), an
///   event's organisers and a case's partners (their cards on the group
///   page);
/// - a group's type page (`types/<id>/`); a group's or an event's area
///   pages and the area list (cards and counts; every area page when a group
///   is in the whole city's area, whose count they all show); `recruiting/`
///   for a group that recruits or an event that asks for volunteers;
/// - an event's month calendars (the months from its first day to the last
///   one the calendar shows it on);
/// - the news items that name the record as related (its title is their link).
///
/// Fields and the `site` object are on every page; a change to either is
/// a full render and never asks this. The month calendars all change when
/// the range of months changes (`IncrementalBuild.pagesToRender`), and the
/// open-data page, which states the size of every file, is rendered on
/// every run. `IncrementalEquivalenceTests` is the judge that this list is
/// complete.
struct PageDependencies {
    var context: RenderContext
    var positions: PagePositions
    /// Record → the news items that name it as related.
    private var relatedNews: [RecordKey: [String]] = [:]

    init(_ context: RenderContext, positions: PagePositions? = nil) {
        self.context = context
        self.positions = positions ?? PagePositions(context)
        for n in context.content.news {
            for r in n.related {
                guard let kind = r.kind else { continue }
                relatedNews[RecordKey(kind, r.slug), default: []].append(n.slug)
            }
        }
    }

    /// The pages of this build that show something of `key`.
    func pages(showing key: RecordKey) -> Set<PageID> {
        var pages: Set<PageID> = []
        let kind = key.kind
        if kind != .pages { pages.formUnion([.home, .list(kind), .stats]) }
        pages.formUnion((relatedNews[key] ?? []).map { .detail(.news, $0) })
        let i = context.indexes
        let index = positions.index(of: kind, key.slug)
        // A paused or dissolved group is outside the order but has its page.
        if index != nil || (kind == .groups && positions.retired(key.slug) != nil) {
            pages.insert(.detail(kind, key.slug))
        } else if kind != .fields {
            // Not in this build: the other build's context names its pages.
            return pages
        }
        if kind != .pages {
            for slug in positions.neighbours(of: kind, key.slug) { pages.insert(.detail(kind, slug)) }
        }
        switch kind {
        case .groups:
            let g = index.map { i.groupsByKana[$0] } ?? i.retiredGroups[positions.retired(key.slug)!]
            pages.insert(.list(.fields))
            pages.formUnion(g.fields.map { .detail(.fields, $0) })
            pages.formUnion((context.eventsByGroup[g.slug] ?? []).map { .detail(.events, $0.slug) })
            pages.formUnion((context.casesByGroup[g.slug] ?? []).map { .detail(.cases, $0.slug) })
            pages.insert(.groupType(g.type))
            if g.recruiting?.isRecruiting == true { pages.insert(.recruiting) }
            pages.formUnion(areaPages(g.areas, allIfWholeCity: true))
        case .events:
            let e = i.eventsInOrder[index!]
            pages.formUnion(e.fields.map { .detail(.fields, $0) })
            pages.formUnion(e.organizers.map { .detail(.groups, $0) })
            if e.volunteersWanted { pages.insert(.recruiting) }
            pages.formUnion(areaPages(e.areas, allIfWholeCity: false))
            pages.formUnion(monthPages(of: e))
        case .cases:
            let c = i.casesInOrder[index!]
            pages.formUnion(c.fields.map { .detail(.fields, $0) })
            pages.formUnion(c.partners.map { .detail(.groups, $0) })
        case .grants:
            switch i.grantsInOrder[index!].fields {
            case .all: pages.formUnion(i.fieldsInOrder.map { .detail(.fields, $0.slug) })
            case .some(let list): pages.formUnion(list.map { .detail(.fields, $0) })
            }
        case .fields:
            // Shown on every card of its records; callers render everything.
            pages.formUnion(context.pageIDs())
        case .news, .pages:
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

    /// The area list and the pages of `ids`; every area page when one of
    /// them is the whole city's and `allIfWholeCity` (the others show its
    /// group count).
    func areaPages(_ ids: [String], allIfWholeCity: Bool) -> Set<PageID> {
        let areas = context.content.config.areas
        guard !areas.isEmpty else { return [] }
        var pages: Set<PageID> = [.areaList]
        pages.formUnion(ids.map { .area($0) })
        let wholeCity = areas.first(where: \.isWholeCity)?.id
        if allIfWholeCity, let wholeCity, ids.contains(wholeCity) { pages.formUnion(areas.map { .area($0.id) }) }
        return pages
    }

    /// The month calendars that show `e`: from its first day to the last
    /// one the calendar draws it on.
    func monthPages(of e: Event) -> Set<PageID> {
        let start = e.start.day
        let end = min(context.lastDay(e), start.adding(days: RenderContext.calendarSpanDays - 1))
        var month = RenderContext.CalendarMonth(start)
        let last = RenderContext.CalendarMonth(end)
        var pages: Set<PageID> = []
        while month <= last {
            pages.insert(.month(year: month.year, month: month.month))
            month = month.next
        }
        return pages
    }
}
