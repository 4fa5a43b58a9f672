extension RenderContext {
    /// Upcoming events in date order, this weekend's and this week's, those
    /// called off, past ones by month (newest first), one page each, and a
    /// calendar page for each month.
    func eventPages() -> [PageSpec] {
        let sorted = indexes.eventsInOrder
        let details = Array(sorted.indices).pagesMadeLater(layout: "event", path: { SiteURLs.relative(.events, sorted[$0].slug) }) {
            eventPage(at: $0)
        }
        return [PageSpec.later(layout: "events", path: "events/") { eventListPage() }] + details + monthPages()
    }

    /// Upcoming events in date order, this week's, those called off, past ones by month.
    func eventListPage() -> PageSpec {
        let sorted = indexes.eventsInOrder
        let upcoming = upcomingEvents
        let calledOff = sorted.filter { eventStatus($0) != .past && $0.isCalledOff }
        let past = sorted.filter { eventStatus($0) == .past }.reversed()
        var months: [(key: String, events: [Event])] = []
        for e in past {
            let d = e.start.day
            let key = JapaneseDateFormat.month(year: d.year, month: d.month)
            if months.last?.key == key { months[months.count - 1].events.append(e) } else { months.append((key, [e])) }
        }
        var data: [String: TemplateValue] = [
            "upcoming": .list(upcoming, each: eventCard),
            "upcoming_count": .int(upcoming.count),
            "upcoming_ends": eventEnds(upcoming),
            "called_off": .list(calledOff, each: eventCard),
            "past_months": .list(months.map { .object(["month": .string($0.key), "events": .list($0.events, each: eventCard)]) }),
        ]
        data.merge(weekSections()) { a, _ in a }
        data.merge(calendarLinks()) { a, _ in a }
        return PageSpec(
            layout: "events", path: "events/", title: "イベント",
            description: "市民活動団体が開く講座・催し・ボランティア活動などのイベント情報です。",
            section: .events, breadcrumbs: [("イベント", "events/")], data: data)
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
                        jsonLD: eventJSONLD(e), data: data).of(e.source)
    }

    /// Events still to come that will take place: neither over nor called off.
    var upcomingEvents: [Event] {
        indexes.eventsInOrder.filter { eventStatus($0) != .past && !$0.isCalledOff }
    }
}
