/// The kinds `civicsite new` makes and the words it accepts for them.
extension RecordKind {
    /// The kinds a new record can be: the 17 fields are fixed.
    public static let makeable: [RecordKind] = [.groups, .events, .grants, .cases, .news, .pages]

    /// The word for one record of the kind, as `civicsite new` takes it
    /// (`group`) and dated slugs use it (`new-group-2026-12-01`).
    public var singular: String {
        switch self {
        case .fields: return "field"
        case .groups: return "group"
        case .events: return "event"
        case .grants: return "grant"
        case .cases: return "case"
        case .news: return "news"
        case .pages: return "page"
        }
    }

    /// The kind named `word` on the command line: `group` or the folder's
    /// name `groups`; nil for anything else, the fields included.
    public static func makeable(named word: String) -> RecordKind? {
        makeable.first { $0.singular == word || $0.rawValue == word }
    }
}
