/// An event's start: a whole day, or a moment.
public enum EventTime: Sendable, Hashable, Comparable {
    case date(LocalDate)
    case dateTime(DateTime)

    /// The calendar day in the event's own offset.
    public var day: LocalDate {
        switch self {
        case .date(let d): return d
        case .dateTime(let t): return t.date
        }
    }

    /// A moment for ordering: a whole-day event counts from 00:00 Japan time.
    public var moment: DateTime {
        switch self {
        case .date(let d): return DateTime(date: d, hour: 0, minute: 0)
        case .dateTime(let t): return t
        }
    }

    public static func < (a: EventTime, b: EventTime) -> Bool {
        a.moment < b.moment
    }
}
