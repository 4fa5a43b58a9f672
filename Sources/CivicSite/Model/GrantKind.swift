/// The kind of support a grant record offers.
public enum GrantKind: String, LabelledEnumeration {
    case grant
    case subsidy
    case loan
    case award
    case other

    public var label: String {
        switch self {
        case .grant: return "助成金"
        case .subsidy: return "補助金"
        case .loan: return "融資"
        case .award: return "表彰"
        case .other: return "その他"
        }
    }
}
