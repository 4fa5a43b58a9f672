/// What the status script needs to keep a stale page true: the days on
/// which counted items stop counting (an event ends, a grant closes) and the
/// days on which new ones start (a grant opens), as `YYYY-MM-DD:n` pairs.
///
/// Only days within `horizonDays` of the build are written: the site is
/// rebuilt daily, so a page is rarely read weeks after it was built, and the
/// attribute stays a few hundred bytes even for thousands of events.
enum LiveCounts {
    static let horizonDays = 62

    /// `2026-12-05:2 2026-12-06:1`: how many of `days` fall on each day
    /// between `from` and the horizon.
    static func buckets(_ days: [LocalDate], from: LocalDate) -> String {
        let last = from.daysSinceEpoch + horizonDays
        var counts: [LocalDate: Int] = [:]
        for day in days where day.daysSinceEpoch <= last { counts[day, default: 0] += 1 }
        return counts.keys.sorted().map { "\($0):\(counts[$0]!)" }.joined(separator: " ")
    }
}

extension RenderContext {
    /// The last day an upcoming event counts as upcoming.
    func lastDay(_ e: Event) -> LocalDate {
        (e.end ?? EventStatus.endOfDay(e.start)).date
    }

    /// `ends` for a count of upcoming events.
    func eventEnds(_ events: [Event]) -> TemplateValue {
        .string(LiveCounts.buckets(events.map(lastDay), from: today))
    }

    /// `ends` and `starts` for a count of grants accepting applications: dated
    /// open ones close after their deadline, not-yet-open ones join on their opening day.
    func grantChanges(open: [Grant], notYetOpen: [Grant]) -> (ends: TemplateValue, starts: TemplateValue) {
        let closing = open.filter { !$0.rolling }.compactMap(\.deadline)
        let opening = notYetOpen.compactMap(\.opens)
        return (.string(LiveCounts.buckets(closing, from: today)), .string(LiveCounts.buckets(opening, from: today)))
    }

    /// The first `shown` cards, then up to `spares` more marked `spare`: kept
    /// hidden, and shown by the status script when earlier ones have ended.
    func withSpares(_ cards: [TemplateValue], shown: Int, spares: Int = 10) -> TemplateValue {
        let kept = cards.prefix(shown + spares).enumerated().map { index, card -> TemplateValue in
            guard index >= shown, case .object(var entries) = card else { return card }
            entries["spare"] = .bool(true)
            return .object(entries)
        }
        return .list(kept)
    }
}
