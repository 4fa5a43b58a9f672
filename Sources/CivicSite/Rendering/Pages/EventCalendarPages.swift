/// Month calendars of events: `events/YYYY/MM/`, one for every month from
/// the first event's to the last one's, so that the previous and next links
/// never skip a month. Each page holds the month twice: a table (the grid
/// wide screens show) and a list of the days that have events or holidays
/// (what phones show); the theme's CSS picks one.
///
/// The pages show written statuses (中止 …) but not computed ones, so they
/// do not change with the build date; the status script marks today.
extension RenderContext {
    struct CalendarMonth: Hashable, Comparable {
        var year: Int
        var month: Int

        init(year: Int, month: Int) {
            self.year = year
            self.month = month
        }

        init(_ d: LocalDate) { self.init(year: d.year, month: d.month) }

        var first: LocalDate { LocalDate(year: year, month: month, day: 1) }
        var last: LocalDate { LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year)) }
        var next: CalendarMonth { month == 12 ? CalendarMonth(year: year + 1, month: 1) : CalendarMonth(year: year, month: month + 1) }
        var path: String { "events/\(year)/" + (month < 10 ? "0" : "") + "\(month)/" }
        var label: String { JapaneseDateFormat.month(year: year, month: month) }

        static func < (a: CalendarMonth, b: CalendarMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
    }

    /// An event longer than this shows on its first days only.
    static let calendarSpanDays = 62

    /// Every month from the first event's to the month the last one ends in.
    var calendarMonths: [CalendarMonth] {
        let events = indexes.eventsInOrder
        guard let first = events.first.map({ CalendarMonth($0.start.day) }),
              let last = events.map({ CalendarMonth(lastDay($0)) }).max() else { return [] }
        var months = [first]
        while let current = months.last, current < last { months.append(current.next) }
        return months
    }

    /// For the events page: this month's calendar (or the nearest one), and every month.
    func calendarLinks() -> [String: TemplateValue] {
        let months = calendarMonths
        guard let first = months.first, let last = months.last else { return ["calendar": .null] }
        let current = min(max(CalendarMonth(today), first), last)
        return ["calendar": .object([
            "url": .string(urls.path(current.path)),
            "label": .string(current.label),
            "months": .list(months.map { .link($0.label, urls.path($0.path)) }),
        ])]
    }

    func monthPages() -> [PageSpec] {
        let plan = CalendarPlan(self)
        return Array(plan.months.indices).pagesMadeLater(layout: "events-month", path: { plan.months[$0].path }) {
            monthPage(at: $0, plan)
        }
    }

    /// The calendar page of one month, nil when the calendar has no such month.
    func monthPage(_ month: CalendarMonth) -> PageSpec? {
        let plan = CalendarPlan(self, only: month)
        return plan.months.firstIndex(of: month).map { monthPage(at: $0, plan) }
    }

    /// What the month pages share: the months, each day's events, the holidays.
    struct CalendarPlan {
        var months: [CalendarMonth]
        var byDay: [LocalDate: [(Event, isFirstDay: Bool)]] = [:]
        var holidays: [LocalDate: String] = [:]

        /// With `only`, the days of that month alone are filled in.
        init(_ context: RenderContext, only: CalendarMonth? = nil) {
            months = context.calendarMonths
            guard let first = months.first, let last = months.last else { return }
            let window = only.map { ($0.first, $0.last) } ?? (first.first, last.last)
            for e in context.indexes.eventsInOrder {
                let start = e.start.day
                let end = min(context.lastDay(e), start.adding(days: RenderContext.calendarSpanDays - 1))
                guard start <= window.1, end >= window.0 else { continue }
                var day = max(start, window.0)
                let stop = min(end, window.1)
                while day <= stop {
                    byDay[day, default: []].append((e, day == start))
                    day = day.adding(days: 1)
                }
            }
            holidays = JapaneseHolidays.names(from: first.first, to: last.last)
        }
    }

    func monthPage(at index: Int, _ plan: CalendarPlan) -> PageSpec {
        let months = plan.months
        let byDay = plan.byDay
        let holidays = plan.holidays
        let month = months[index]
        let prev = index > 0 ? months[index - 1] : nil
        let next = index + 1 < months.count ? months[index + 1] : nil
        var days: [TemplateValue] = []
        var weeks: [TemplateValue] = []
        var week: [TemplateValue] = Array(repeating: .object(["iso": .null]), count: month.first.weekday)
        var count = Set<String>()
        var date = month.first
        while date <= month.last {
            let entries = byDay[date] ?? []
            entries.forEach { count.insert($0.0.slug) }
            let cell = calendarDay(date, entries, holiday: holidays[date])
            week.append(cell)
            if !entries.isEmpty || holidays[date] != nil { days.append(cell) }
            if week.count == 7 { weeks.append(.object(["cells": .array(week)])); week = [] }
            date = date.adding(days: 1)
        }
        if !week.isEmpty {
            week += Array(repeating: .object(["iso": .null]), count: 7 - week.count)
            weeks.append(.object(["cells": .array(week)]))
        }
        let title = "\(month.label)のイベント"
        return PageSpec(
            layout: "events-month", path: month.path, title: title,
            description: "\(month.label)に開かれるイベントのカレンダーです。",
            section: .events, breadcrumbs: [("イベント", "events/"), (title, month.path)],
            data: [
                "month": .string(month.label),
                "weeks": .array(weeks),
                "days": .list(days),
                "count": .int(count.count),
                "empty": .bool(count.isEmpty),
                "prev": prev.map { .link($0.label, urls.path($0.path)) } ?? .null,
                "next": next.map { .link($0.label, urls.path($0.path)) } ?? .null,
            ])
    }

    /// One day: its number, its date in full, a holiday's name, its events.
    func calendarDay(_ date: LocalDate, _ entries: [(Event, isFirstDay: Bool)], holiday: String?) -> TemplateValue {
        .object([
            "day": .int(date.day),
            "iso": .string(date.description),
            "date": .string(JapaneseDateFormat.date(date)),
            "holiday": .text(holiday),
            "red": .bool(holiday != nil || date.weekday == 0),
            "events": .list(entries.map { e, isFirstDay in
                var item: [String: TemplateValue] = [
                    "title": .string(e.title),
                    "url": .string(urls.path(.events, e.slug)),
                    // Later days of a longer event show no start time.
                    "time": .text(isFirstDay ? startTime(e) : nil),
                    "continued": .bool(!isFirstDay),
                ]
                item.merge(noticeValues(e, status: .upcoming)) { a, _ in a }
                return .object(item)
            }),
        ])
    }

    func startTime(_ e: Event) -> String? {
        if case .dateTime(let t) = e.start { return JapaneseDateFormat.time(t) }
        return nil
    }
}
