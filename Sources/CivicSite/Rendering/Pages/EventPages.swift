extension RenderContext {
    /// Upcoming events in date order, past ones by month (newest first), and one page each.
    func eventPages() -> [PageSpec] {
        [eventListPage()] + Array(indexes.eventsInOrder.indices).parallelMap { eventPage(at: $0) }
    }

    /// Upcoming events in date order, past ones by month.
    func eventListPage() -> PageSpec {
        let sorted = indexes.eventsInOrder
        let upcoming = sorted.filter { eventStatus($0) != .past }
        let past = sorted.filter { eventStatus($0) == .past }.reversed()
        var months: [(key: String, events: [Event])] = []
        for e in past {
            let d = e.start.day
            let key = JapaneseDateFormat.month(year: d.year, month: d.month)
            if months.last?.key == key { months[months.count - 1].events.append(e) } else { months.append((key, [e])) }
        }
        return PageSpec(
            layout: "events", path: "events/", title: "イベント",
            description: "市民活動団体が開く講座・催し・ボランティア活動などのイベント情報です。",
            section: .events, breadcrumbs: [("イベント", "events/")],
            data: [
                "upcoming": .list(upcoming.map(eventCard)),
                "upcoming_count": .int(upcoming.count),
                "past_months": .list(months.map { .object(["month": .string($0.key), "events": .list($0.events.map(eventCard))]) }),
            ])
    }

    /// The page of the event at `index` in date order.
    func eventPage(at index: Int) -> PageSpec {
        let sorted = indexes.eventsInOrder
        let e = sorted[index]
        let path = SiteURLs.relative(.events, e.slug)
        var data = eventDetail(e).objectEntries
        data.merge(neighbours(sorted, index, kind: .events, title: \.title, slug: \.slug)) { a, _ in a }
        return PageSpec(layout: "event", path: path, title: e.title, description: e.summary, section: .events,
                        breadcrumbs: [("イベント", "events/"), (e.title, path)], ogType: "article",
                        jsonLD: eventJSONLD(e), data: data)
    }
}
