/// 市民活動団体: a group active in the city.
///
/// The values live in one box shared by every copy until one of them
/// changes (copy on write): a build copies records into lists, indexes
/// and caches many times, and a copy is then one reference count instead
/// of one per string and list.
public struct Group: Sendable, Hashable {
    var box: RecordBox<GroupValues>

    public var slug: String {
        get { box.value.slug }
        set { uniqueBox().value.slug = newValue }
    }
    public var title: String {
        get { box.value.title }
        set { uniqueBox().value.title = newValue }
    }
    /// The reading in kana, which orders the 五十音 index.
    public var kana: String {
        get { box.value.kana }
        set { uniqueBox().value.kana = newValue }
    }
    public var type: GroupType {
        get { box.value.type }
        set { uniqueBox().value.type = newValue }
    }
    /// Field slugs, in the order written.
    public var fields: [String] {
        get { box.value.fields }
        set { uniqueBox().value.fields = newValue }
    }
    public var summary: String {
        get { box.value.summary }
        set { uniqueBox().value.summary = newValue }
    }
    /// `area` as written (a list joined with 「、」): shown as it is when
    /// `site.yml` has no `areas`.
    public var area: String? {
        get { box.value.area }
        set { uniqueBox().value.area = newValue }
    }
    /// The items of `area` as written, turned into area ids by
    /// `AreaResolver` when `site.yml` lists the city's areas.
    public var areas: [String] {
        get { box.value.areas }
        set { uniqueBox().value.areas = newValue }
    }
    /// `lat` and `lon`: the exact place of `address`.
    public var geo: GeoPoint? {
        get { box.value.geo }
        set { uniqueBox().value.geo = newValue }
    }
    public var address: String? {
        get { box.value.address }
        set { uniqueBox().value.address = newValue }
    }
    public var founded: Founded? {
        get { box.value.founded }
        set { uniqueBox().value.founded = newValue }
    }
    public var representative: String? {
        get { box.value.representative }
        set { uniqueBox().value.representative = newValue }
    }
    public var members: Int? {
        get { box.value.members }
        set { uniqueBox().value.members = newValue }
    }
    public var fees: String? {
        get { box.value.fees }
        set { uniqueBox().value.fees = newValue }
    }
    /// 法人番号, 13 digits, check digit verified.
    public var corporateNumber: String? {
        get { box.value.corporateNumber }
        set { uniqueBox().value.corporateNumber = newValue }
    }
    public var contact: Contact? {
        get { box.value.contact }
        set { uniqueBox().value.contact = newValue }
    }
    public var recruiting: Recruiting? {
        get { box.value.recruiting }
        set { uniqueBox().value.recruiting = newValue }
    }
    public var tags: [String] {
        get { box.value.tags }
        set { uniqueBox().value.tags = newValue }
    }
    public var updated: LocalDate? {
        get { box.value.updated }
        set { uniqueBox().value.updated = newValue }
    }
    /// 休止 or 解散; nil for an active group.
    public var status: GroupStatus? {
        get { box.value.status }
        set { uniqueBox().value.status = newValue }
    }
    public var draft: Bool {
        get { box.value.draft }
        set { uniqueBox().value.draft = newValue }
    }
    public var body: String {
        get { box.value.body }
        set { uniqueBox().value.body = newValue }
    }
    public var source: RecordSource {
        get { box.value.source }
        set { uniqueBox().value.source = newValue }
    }

    public init(slug: String, title: String, kana: String, type: GroupType, fields: [String], summary: String,
                area: String? = nil, address: String? = nil, founded: Founded? = nil, representative: String? = nil,
                members: Int? = nil, fees: String? = nil, corporateNumber: String? = nil, contact: Contact? = nil,
                recruiting: Recruiting? = nil, tags: [String] = [], updated: LocalDate? = nil, status: GroupStatus? = nil, draft: Bool = false,
                body: String = "", source: RecordSource) {
        box = RecordBox(GroupValues(slug: slug, title: title, kana: kana, type: type, fields: fields, summary: summary,
            area: area, address: address, founded: founded, representative: representative, members: members,
            fees: fees, corporateNumber: corporateNumber, contact: contact, recruiting: recruiting, tags: tags,
            updated: updated, status: status, draft: draft, body: body, source: source))
    }

    public static func == (a: Group, b: Group) -> Bool {
        a.box === b.box || a.box.value == b.box.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.value)
    }

    /// The box, copied first when another record shares it.
    private mutating func uniqueBox() -> RecordBox<GroupValues> {
        if !isKnownUniquelyReferenced(&box) { box = RecordBox(box.value) }
        return box
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
