/// The 今週末 and 今週 lists of the events page.
///
/// 今週 runs from today to Sunday (weeks start on Monday), 今週末 is its
/// Saturday and Sunday. Each list holds every event not over that meets the
/// next two weeks, those outside the build day's window hidden, so that the
/// status script can show the right ones on the days after the build.
extension RenderContext {
    /// Days ahead whose events are written into the lists for the script.
    static let weekListDays = 13

    func weekSections() -> [String: TemplateValue] {
        let w = today.weekday
        let sunday = today.adding(days: (7 - w) % 7)
        let saturday = w == 0 ? today : today.adding(days: 6 - w)
        let horizon = today.adding(days: Self.weekListDays)
        let candidates = indexes.eventsInOrder.filter { eventStatus($0) != .past && $0.start.day <= horizon }
        func section(from first: LocalDate, _ prefix: String) -> [String: TemplateValue] {
            var shown = 0
            let cards: [TemplateValue] = candidates.map { e in
                var card = eventCard(e).objectEntries
                let inside = e.start.day <= sunday && lastDay(e) >= first
                if inside { shown += 1 }
                card["spare"] = .bool(!inside)
                return .object(card)
            }
            return [prefix: .list(cards), prefix + "_shown": .bool(shown > 0)]
        }
        return section(from: saturday, "weekend").merging(section(from: today, "week")) { a, _ in a }
    }
}
