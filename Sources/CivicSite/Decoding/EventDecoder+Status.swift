/// The written status of an event (`status: 中止`) and the new date of a
/// postponed one (`postponed_to`).
extension EventDecoder {
    static func notice(_ keyed: inout KeyedNode) -> EventNotice? {
        guard let node = keyed.node("status"), let text = keyed.scalarText(node, key: "status") else { return nil }
        if let notice = EventNotice(written: text) { return notice }
        // 開催予定 or 終了 come from the dates; the line only needs to go.
        let hint = EventNotice.computedLabels.contains(WrittenText.folded(text))
            ? ChosenHint(.computedEventStatus, ["value": .text(text)]) : nil
        keyed.report(KeyedNode.unknownValue(text, at: node.location, EventNotice.self, noun: Term.eventStatus, hint: hint))
        return nil
    }

    /// The start and end a postponed event takes place on, and the start it
    /// had; nil when no new date is given or it cannot be used.
    static func postponement(_ keyed: inout KeyedNode, notice: EventNotice?, start: EventTime?, end: DateTime?)
        -> (start: EventTime, end: DateTime?, previous: EventTime)? {
        let key = "postponed_to"
        guard let node = keyed.node(key) else { return nil }
        guard notice == .postponed else {
            let status: MessageArgument = notice.map { .text($0.label) } ?? .term(Term.noStatus)
            keyed.report(.postponedToWithoutPostponed, at: node.location, key: key, ["status": status])
            return nil
        }
        guard let moved = keyed.eventTimeValue(node, key: key), let start else { return nil }
        if moved <= start {
            keyed.report(.postponedToNotLater, at: node.location, key: key,
                         ["value": .text(written(moved)), "start": .text(written(start))])
        }
        return (moved, end.map { shifted($0, from: start, to: moved) }, start)
    }

    /// The end moved by as much as the start: by the time between the two
    /// starts when both have a time or neither has, else by whole days.
    static func shifted(_ end: DateTime, from old: EventTime, to new: EventTime) -> DateTime {
        let minutes: Int
        switch (old, new) {
        case (.dateTime, .dateTime), (.date, .date):
            minutes = (new.moment.epochSeconds - old.moment.epochSeconds) / 60
        default:
            minutes = (new.day.daysSinceEpoch - old.day.daysSinceEpoch) * 1440
        }
        let total = end.date.daysSinceEpoch * 1440 + end.hour * 60 + end.minute + minutes
        let day = LocalDate(daysSinceEpoch: Int((Double(total) / 1440).rounded(.down)))
        let rest = total - day.daysSinceEpoch * 1440
        return DateTime(date: day, hour: rest / 60, minute: rest % 60, second: end.second, offsetMinutes: end.offsetMinutes)
    }

    /// `2026-12-05 10:00` or `2026-12-05`, as a start is written.
    static func written(_ t: EventTime) -> String {
        switch t {
        case .date(let d): return d.description
        case .dateTime(let m):
            return "\(m.date) " + (m.hour < 10 ? "0" : "") + "\(m.hour):" + (m.minute < 10 ? "0" : "") + "\(m.minute)"
        }
    }
}
