/// Whether an event is still to come, as of the build date.
public enum EventStatus: String, Sendable {
    case upcoming
    case ongoing
    case past

    public var label: String {
        switch self {
        case .upcoming: return "開催予定"
        case .ongoing: return "開催中"
        case .past: return "終了"
        }
    }

    public init(start: EventTime, end: DateTime?, now: DateTime) {
        let last = end ?? Self.endOfDay(start)
        if now < start.moment {
            self = .upcoming
        } else if now <= last {
            self = .ongoing
        } else {
            self = .past
        }
    }

    /// An event without an end lasts until the end of its day.
    static func endOfDay(_ start: EventTime) -> DateTime {
        let d = start.day
        return DateTime(date: d, hour: 23, minute: 59, second: 59, offsetMinutes: start.moment.offsetMinutes)
    }
}

/// Where a grant's application period stands, as of the build date.
public enum GrantStatus: String, Sendable {
    case upcoming = "not-yet-open"
    case open
    case closingSoon = "closing-soon"
    case closed
    case rolling

    /// Days before the deadline from which a grant shows 締切間近.
    public static let closingSoonDays = 14

    public var label: String {
        switch self {
        case .upcoming: return "募集前"
        case .open: return "募集中"
        case .closingSoon: return "締切間近"
        case .closed: return "締切"
        case .rolling: return "随時"
        }
    }

    /// Open, closing soon or rolling: applications accepted now.
    public var isAcceptingApplications: Bool {
        self == .open || self == .closingSoon || self == .rolling
    }

    public init(opens: LocalDate?, deadline: LocalDate?, rolling: Bool, today: LocalDate) {
        if let opens, today < opens {
            self = .upcoming
        } else if rolling || deadline == nil {
            self = .rolling
        } else if let deadline, today > deadline {
            self = .closed
        } else if let deadline, deadline.daysSinceEpoch - today.daysSinceEpoch <= Self.closingSoonDays {
            self = .closingSoon
        } else {
            self = .open
        }
    }
}
