/// 組織形態: the legal or organisational form of a group.
public enum GroupType: String, LabelledEnumeration {
    case npo
    /// 認定NPO法人: certified by the prefecture or designated city, so gifts
    /// to it are tax-deductible — the status donors look for.
    case certifiedNPO = "certified-npo"
    /// 特例認定NPO法人: the provisional certification of a young NPO.
    case specialCertifiedNPO = "special-certified-npo"
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
        case .certifiedNPO: return "認定NPO法人"
        case .specialCertifiedNPO: return "特例認定NPO法人"
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
        case .certifiedNPO: return ["認定特定非営利活動法人"]
        case .specialCertifiedNPO: return ["特例認定特定非営利活動法人"]
        case .publicInterest: return ["公益社団法人", "公益財団法人"]
        case .neighborhood: return ["自治会", "町内会"]
        default: return []
        }
    }

    /// An NPO法人, certified or not.
    public var isNPO: Bool { self == .npo || self == .certifiedNPO || self == .specialCertifiedNPO }

    /// Whether the status is a certification (認定, 特例認定), shown as a badge.
    public var isCertified: Bool { self == .certifiedNPO || self == .specialCertifiedNPO }

    /// Who a grant's `eligible` list admits: a certified NPO is an NPO法人,
    /// so a grant open to NPO法人 is open to it too.
    public static func admitted(by eligible: [GroupType]) -> [GroupType] {
        var types = eligible
        if eligible.contains(.npo) {
            for certified in [GroupType.certifiedNPO, .specialCertifiedNPO] where !types.contains(certified) { types.append(certified) }
        }
        return types
    }

    /// Corporations have a 法人番号; unincorporated groups do not.
    public var isCorporation: Bool {
        switch self {
        case .npo, .certifiedNPO, .specialCertifiedNPO, .generalAssociation, .generalFoundation, .publicInterest, .socialWelfare: return true
        case .voluntary, .neighborhood, .volunteer, .other: return false
        }
    }
}
