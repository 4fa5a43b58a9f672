/// A grant, subsidy, loan or award that groups can apply for.
///
/// The values live in one box shared by every copy until one of them
/// changes (copy on write): a build copies records into lists, indexes
/// and caches many times, and a copy is then one reference count instead
/// of one per string and list.
public struct Grant: Sendable, Hashable {
    var box: RecordBox<GrantValues>

    public var slug: String {
        get { box.value.slug }
        set { uniqueBox().value.slug = newValue }
    }
    public var title: String {
        get { box.value.title }
        set { uniqueBox().value.title = newValue }
    }
    public var provider: String {
        get { box.value.provider }
        set { uniqueBox().value.provider = newValue }
    }
    public var kind: GrantKind {
        get { box.value.kind }
        set { uniqueBox().value.kind = newValue }
    }
    public var fields: GrantFields {
        get { box.value.fields }
        set { uniqueBox().value.fields = newValue }
    }
    /// Group types that may apply; empty means not restricted.
    public var eligible: [GroupType] {
        get { box.value.eligible }
        set { uniqueBox().value.eligible = newValue }
    }
    public var amountMin: Int? {
        get { box.value.amountMin }
        set { uniqueBox().value.amountMin = newValue }
    }
    public var amountMax: Int? {
        get { box.value.amountMax }
        set { uniqueBox().value.amountMax = newValue }
    }
    public var amountNote: String? {
        get { box.value.amountNote }
        set { uniqueBox().value.amountNote = newValue }
    }
    public var opens: LocalDate? {
        get { box.value.opens }
        set { uniqueBox().value.opens = newValue }
    }
    /// nil only when `rolling` (随時).
    public var deadline: LocalDate? {
        get { box.value.deadline }
        set { uniqueBox().value.deadline = newValue }
    }
    public var rolling: Bool {
        get { box.value.rolling }
        set { uniqueBox().value.rolling = newValue }
    }
    public var url: String? {
        get { box.value.url }
        set { uniqueBox().value.url = newValue }
    }
    public var summary: String {
        get { box.value.summary }
        set { uniqueBox().value.summary = newValue }
    }
    public var tags: [String] {
        get { box.value.tags }
        set { uniqueBox().value.tags = newValue }
    }
    /// When the record was published or last changed, for the feed.
    public var updated: LocalDate? {
        get { box.value.updated }
        set { uniqueBox().value.updated = newValue }
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

    public init(slug: String, title: String, provider: String, kind: GrantKind, fields: GrantFields = .some([]),
                eligible: [GroupType] = [], amountMin: Int? = nil, amountMax: Int? = nil, amountNote: String? = nil,
                opens: LocalDate? = nil, deadline: LocalDate? = nil, rolling: Bool = false, url: String? = nil,
                summary: String, tags: [String] = [], updated: LocalDate? = nil, draft: Bool = false, body: String = "", source: RecordSource) {
        box = RecordBox(GrantValues(slug: slug, title: title, provider: provider, kind: kind, fields: fields,
            eligible: eligible, amountMin: amountMin, amountMax: amountMax, amountNote: amountNote, opens: opens,
            deadline: deadline, rolling: rolling, url: url, summary: summary, tags: tags, updated: updated,
            draft: draft, body: body, source: source))
    }

    public static func == (a: Grant, b: Grant) -> Bool {
        a.box === b.box || a.box.value == b.box.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.value)
    }

    /// The box, copied first when another record shares it.
    private mutating func uniqueBox() -> RecordBox<GrantValues> {
        if !isKnownUniquelyReferenced(&box) { box = RecordBox(box.value) }
        return box
    }
}

/// The fields a grant supports: all of them, or a list of field slugs.
public enum GrantFields: Sendable, Hashable {
    case all
    case some([String])

    public func includes(_ field: String) -> Bool {
        switch self {
        case .all: return true
        case .some(let list): return list.contains(field)
        }
    }
}
