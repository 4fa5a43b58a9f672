/// 市民活動団体: a group active in the city.
public struct Group: Sendable, Hashable {
    public var slug: String
    public var title: String
    /// The reading in kana, which orders the 五十音 index.
    public var kana: String
    public var type: GroupType
    /// Field slugs, in the order written.
    public var fields: [String]
    public var summary: String
    /// `area` as written (a list joined with 「、」): shown as it is when
    /// `site.yml` has no `areas`.
    public var area: String?
    /// The items of `area` as written, turned into area ids by
    /// `AreaResolver` when `site.yml` lists the city's areas.
    public var areas: [String] = []
    /// `lat` and `lon`: the exact place of `address`.
    public var geo: GeoPoint?
    public var address: String?
    public var founded: Founded?
    public var representative: String?
    public var members: Int?
    public var fees: String?
    /// 法人番号, 13 digits, check digit verified.
    public var corporateNumber: String?
    public var contact: Contact?
    public var recruiting: Recruiting?
    public var tags: [String]
    public var updated: LocalDate?
    /// 休止 or 解散; nil for an active group.
    public var status: GroupStatus?
    public var draft: Bool
    public var body: String
    public var source: RecordSource

    public init(slug: String, title: String, kana: String, type: GroupType, fields: [String], summary: String,
                area: String? = nil, address: String? = nil, founded: Founded? = nil, representative: String? = nil,
                members: Int? = nil, fees: String? = nil, corporateNumber: String? = nil, contact: Contact? = nil,
                recruiting: Recruiting? = nil, tags: [String] = [], updated: LocalDate? = nil, status: GroupStatus? = nil, draft: Bool = false,
                body: String = "", source: RecordSource) {
        self.slug = slug
        self.title = title
        self.kana = kana
        self.type = type
        self.fields = fields
        self.summary = summary
        self.area = area
        self.address = address
        self.founded = founded
        self.representative = representative
        self.members = members
        self.fees = fees
        self.corporateNumber = corporateNumber
        self.contact = contact
        self.recruiting = recruiting
        self.tags = tags
        self.updated = updated
        self.status = status
        self.draft = draft
        self.body = body
        self.source = source
    }

    /// When a group was founded: a year alone or a full date.
    public enum Founded: Sendable, Hashable {
        case year(Int)
        case date(LocalDate)

        public var year: Int {
            switch self {
            case .year(let y): return y
            case .date(let d): return d.year
            }
        }
    }
}
