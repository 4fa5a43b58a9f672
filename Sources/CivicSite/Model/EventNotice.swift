/// A status staff write on an event (`status: 中止`), beside the one the
/// build computes from its dates (開催予定・開催中・終了).
///
/// How the two combine: 中止 and 延期 without a new date replace the computed
/// label (the event will not take place on its date), while 満員, 受付終了 and
/// 延期 with a new date accompany it (the event takes place; the computed label
/// follows the date it takes place on).
public enum EventNotice: String, LabelledEnumeration {
    case cancelled
    case postponed
    case full
    case closed

    public var label: String {
        switch self {
        case .cancelled: return "中止"
        case .postponed: return "延期"
        case .full: return "満員"
        case .closed: return "受付終了"
        }
    }

    public var aliases: [String] {
        switch self {
        case .cancelled: return ["開催中止", "中止します", "中止しました"]
        case .postponed: return ["開催延期", "延期します", "延期しました"]
        case .full: return ["定員に達しました", "満席", "定員到達"]
        case .closed: return ["申込終了", "申し込み終了", "受付締切", "募集終了"]
        }
    }

    /// The computed statuses staff sometimes write, which come from the
    /// dates by themselves.
    static let computedLabels = ["開催予定", "開催中", "終了", "upcoming", "ongoing", "past"]
}

extension Event {
    /// True when the event will not take place on the day it shows: it is
    /// cancelled, or postponed without a new date. Such an event is not
    /// counted among upcoming events, and calendars mark it cancelled.
    public var isCalledOff: Bool {
        switch notice {
        case .cancelled?: return true
        case .postponed?: return previousStart == nil
        default: return false
        }
    }
}
