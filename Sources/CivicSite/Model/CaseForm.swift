/// 協働の形態: the form a collaboration between a group and the city took.
public enum CaseForm: String, LabelledEnumeration {
    case consignment
    case designatedManager = "designated-manager"
    case cooperation
    case executiveCommittee = "executive-committee"
    case coHosting = "co-hosting"
    case subsidy
    case endorsement

    public var label: String {
        switch self {
        case .consignment: return "委託"
        case .designatedManager: return "指定管理者"
        case .cooperation: return "事業協力"
        case .executiveCommittee: return "実行委員会"
        case .coHosting: return "共催"
        case .subsidy: return "補助"
        case .endorsement: return "後援"
        }
    }

    /// One line telling citizens what the form means.
    public var explanation: String {
        switch self {
        case .consignment: return "市が行うべき事業を、専門性や地域とのつながりを持つ団体に委ねて実施するものです。"
        case .designatedManager: return "公の施設の管理運営を、指定を受けた団体が市に代わって担うものです。"
        case .cooperation: return "市と団体がそれぞれの得意分野を生かし、役割を分担して一つの事業に取り組むものです。"
        case .executiveCommittee: return "市と団体などで実行委員会をつくり、共に主催者として事業を行うものです。"
        case .coHosting: return "市と団体が共に主催者となって、イベントや講座などを開くものです。"
        case .subsidy: return "団体が自ら行う公益的な事業に、市が経費の一部を補助して支えるものです。"
        case .endorsement: return "団体が行う事業の公益性を認め、市が名義を貸して信用を添えるものです。"
        }
    }
}
