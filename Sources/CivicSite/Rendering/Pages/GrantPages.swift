extension RenderContext {
    /// Open grants by deadline, then rolling, upcoming and closed, and one page each.
    func grantPages() -> [PageSpec] {
        let sorted = indexes.grantsInOrder
        return [PageSpec.later(layout: "grants", path: "grants/") { grantListPage() }] + Array(sorted.indices).pagesMadeLater(layout: "grant", path: { SiteURLs.relative(.grants, sorted[$0].slug) }) {
            grantPage(at: $0)
        }
    }

    /// Open grants by deadline, then rolling, upcoming and closed.
    func grantListPage() -> PageSpec {
        let sorted = indexes.grantsInOrder
        func with(_ statuses: Set<GrantStatus>) -> [Grant] { sorted.filter { statuses.contains(grantStatus($0)) } }
        let closed = with([.closed]).sorted { ($0.deadline ?? LocalDate(year: 0, month: 1, day: 1)) > ($1.deadline ?? LocalDate(year: 0, month: 1, day: 1)) }
        return PageSpec(
            layout: "grants", path: "grants/", title: "助成金・補助金",
            description: "市民活動に使える助成金・補助金・融資・表彰の募集情報です。締切の近い順に掲載しています。",
            section: .grants, breadcrumbs: [("助成金・補助金", "grants/")],
            data: [
                "open": .list(with([.open, .closingSoon]), each: grantCard),
                "rolling": .list(with([.rolling]), each: grantCard),
                "upcoming": .list(with([.upcoming]), each: grantCard),
                "closed": .list(closed, each: grantCard),
                "closing_soon_days": .int(GrantStatus.closingSoonDays),
            ])
    }

    /// The page of the grant at `index` in deadline order.
    func grantPage(at index: Int) -> PageSpec {
        let sorted = indexes.grantsInOrder
        let g = sorted[index]
        let path = SiteURLs.relative(.grants, g.slug)
        var data = grantDetail(g).objectEntries
        data.merge(neighbours(sorted, index, kind: .grants, title: \.title, slug: \.slug)) { a, _ in a }
        return PageSpec(layout: "grant", path: path, title: g.title, description: g.summary, section: .grants,
                        breadcrumbs: [("助成金・補助金", "grants/"), (g.title, path)], ogType: "article",
                        jsonLD: grantJSONLD(g), data: data).of(g.source)
    }
}
