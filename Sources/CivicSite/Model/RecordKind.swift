/// The kinds of record, one folder each under `content/`.
public enum RecordKind: String, Sendable, CaseIterable, Comparable {
    case fields
    case groups
    case events
    case grants
    case cases
    case news
    case pages

    /// The Japanese name used in headings and summaries.
    public var label: String {
        switch self {
        case .fields: return "活動分野"
        case .groups: return "団体"
        case .events: return "イベント"
        case .grants: return "助成金・補助金"
        case .cases: return "協働事例"
        case .news: return "お知らせ"
        case .pages: return "ページ"
        }
    }

    public static func < (a: RecordKind, b: RecordKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
