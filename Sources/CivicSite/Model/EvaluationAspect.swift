/// The six aspects by which a collaboration case is evaluated (1–5 each).
public enum EvaluationAspect: String, LabelledEnumeration {
    case sharedPurpose = "shared-purpose"
    case roles
    case mutualUnderstanding = "mutual-understanding"
    case autonomy
    case transparency
    case synergy

    public var label: String {
        switch self {
        case .sharedPurpose: return "目的の共有"
        case .roles: return "役割分担"
        case .mutualUnderstanding: return "相互理解"
        case .autonomy: return "自主性・自立性"
        case .transparency: return "透明性・公開性"
        case .synergy: return "相乗効果"
        }
    }
}
