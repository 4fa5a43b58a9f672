/// 組織形態: the legal or organisational form of a group.
public enum GroupType: String, LabelledEnumeration {
    case npo
    case generalAssociation = "general-association"
    case generalFoundation = "general-foundation"
    case publicInterest = "public-interest"
    case socialWelfare = "social-welfare"
    case voluntary
    case neighborhood
    case volunteer
    case other

    public var label: String {
        switch self {
        case .npo: return "NPO法人"
        case .generalAssociation: return "一般社団法人"
        case .generalFoundation: return "一般財団法人"
        case .publicInterest: return "公益法人"
        case .socialWelfare: return "社会福祉法人"
        case .voluntary: return "任意団体"
        case .neighborhood: return "自治会・町内会"
        case .volunteer: return "ボランティア団体"
        case .other: return "その他"
        }
    }

    public var aliases: [String] {
        switch self {
        case .npo: return ["特定非営利活動法人"]
        case .publicInterest: return ["公益社団法人", "公益財団法人"]
        case .neighborhood: return ["自治会", "町内会"]
        default: return []
        }
    }

    /// Corporations have a 法人番号; unincorporated groups do not.
    public var isCorporation: Bool {
        switch self {
        case .npo, .generalAssociation, .generalFoundation, .publicInterest, .socialWelfare: return true
        case .voluntary, .neighborhood, .volunteer, .other: return false
        }
    }
}
