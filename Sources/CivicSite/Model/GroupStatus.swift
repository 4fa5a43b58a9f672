/// A group that is no longer active (`status: 休止` or `status: 解散`).
///
/// Such a group is left out of the lists, counts, field pages and search,
/// but its page stays, with a notice, so that links from past events and
/// collaboration cases keep working.
public enum GroupStatus: String, LabelledEnumeration {
    case paused
    case dissolved

    public var label: String {
        switch self {
        case .paused: return "休止"
        case .dissolved: return "解散"
        }
    }

    public var aliases: [String] {
        switch self {
        case .paused: return ["休止中", "活動休止", "活動休止中"]
        case .dissolved: return ["解散済み", "解散しました"]
        }
    }
}

extension Group {
    /// True for a paused or dissolved group.
    public var isRetired: Bool { status != nil }
}
