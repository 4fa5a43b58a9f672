extension RenderContext {
    /// The home page: the centre, what is coming up, what is open, what changed.
    func homePage() -> PageSpec {
        let upcoming = upcomingEvents
        let open = content.grants.filter { grantStatus($0).isAcceptingApplications }.sorted(by: grantOrder)
        let grantChanges = grantChanges(open: open, notYetOpen: content.grants.filter { grantStatus($0) == .upcoming })
        let recent = indexes.groupsByKana.sorted {
            ($1.updated ?? LocalDate(year: 0, month: 1, day: 1), $0.slug) < ($0.updated ?? LocalDate(year: 0, month: 1, day: 1), $1.slug)
        }
        let tiles: [TemplateValue] = fieldSlugsInOrder.map { slug in
            var v = fieldRef(slug).objectEntries
            v["count"] = .int(indexes.groupsByField[slug]?.count ?? 0)
            return .object(v)
        }
        let c = content.config
        return PageSpec(
            layout: "home", path: "", title: c.title,
            description: c.description ?? "\(c.city)の市民活動団体・イベント・助成金の情報サイトです。",
            jsonLD: .object([
                ("@context", "https://schema.org"), ("@type", "WebSite"),
                ("name", .string(c.title)), ("url", .string(urls.baseURL)),
                ("inLanguage", .string(c.language)),
            ]),
            data: [
                "upcoming_events": withSpares(upcoming.prefix(15).map(eventCard), shown: 5),
                "open_grants": withSpares(open.prefix(15).map(grantCard), shown: 5),
                "recent_groups": .list(recent.prefix(6).map(groupCard)),
                "latest_news": .list(newsInOrder.prefix(3).map(newsCard)),
                "fields": .array(tiles),
                "counts": .object([
                    "groups": .int(indexes.groupsByKana.count),
                    "events": .int(upcoming.count),
                    "events_ends": eventEnds(upcoming),
                    "grants": .int(open.count),
                    "grants_ends": grantChanges.ends,
                    "grants_starts": grantChanges.starts,
                    "cases": .int(content.cases.count),
                ]),
            ])
    }
}
