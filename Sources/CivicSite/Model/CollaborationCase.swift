/// 協働事例: a case study of a group and the city working together.
///
/// The values live in one box shared by every copy until one of them
/// changes (copy on write): a build copies records into lists, indexes
/// and caches many times, and a copy is then one reference count instead
/// of one per string and list.
public struct CollaborationCase: Sendable, Hashable {
    var box: RecordBox<CollaborationCaseValues>

    public var slug: String {
        get { box.value.slug }
        set { uniqueBox().value.slug = newValue }
    }
    public var title: String {
        get { box.value.title }
        set { uniqueBox().value.title = newValue }
    }
    /// 年度: the Japanese fiscal year starting in April of this year.
    public var fiscalYear: Int {
        get { box.value.fiscalYear }
        set { uniqueBox().value.fiscalYear = newValue }
    }
    public var form: CaseForm {
        get { box.value.form }
        set { uniqueBox().value.form = newValue }
    }
    /// Group slugs.
    public var partners: [String] {
        get { box.value.partners }
        set { uniqueBox().value.partners = newValue }
    }
    public var department: String? {
        get { box.value.department }
        set { uniqueBox().value.department = newValue }
    }
    /// Field slugs.
    public var fields: [String] {
        get { box.value.fields }
        set { uniqueBox().value.fields = newValue }
    }
    public var summary: String {
        get { box.value.summary }
        set { uniqueBox().value.summary = newValue }
    }
    public var outcome: String? {
        get { box.value.outcome }
        set { uniqueBox().value.outcome = newValue }
    }
    /// Scores 1–5, in the order `EvaluationAspect.allCases`.
    public var evaluation: [EvaluationAspect: Int] {
        get { box.value.evaluation }
        set { uniqueBox().value.evaluation = newValue }
    }
    public var tags: [String] {
        get { box.value.tags }
        set { uniqueBox().value.tags = newValue }
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

    public init(slug: String, title: String, fiscalYear: Int, form: CaseForm, partners: [String] = [],
                department: String? = nil, fields: [String] = [], summary: String, outcome: String? = nil,
                evaluation: [EvaluationAspect: Int] = [:], tags: [String] = [], draft: Bool = false,
                body: String = "", source: RecordSource) {
        box = RecordBox(CollaborationCaseValues(slug: slug, title: title, fiscalYear: fiscalYear, form: form,
            partners: partners, department: department, fields: fields, summary: summary, outcome: outcome,
            evaluation: evaluation, tags: tags, draft: draft, body: body, source: source))
    }

    public static func == (a: CollaborationCase, b: CollaborationCase) -> Bool {
        a.box === b.box || a.box.value == b.box.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.value)
    }

    /// The box, copied first when another record shares it.
    private mutating func uniqueBox() -> RecordBox<CollaborationCaseValues> {
        if !isKnownUniquelyReferenced(&box) { box = RecordBox(box.value) }
        return box
    }
}
