/// 協働事例: a case study of a group and the city working together.
public struct CollaborationCase: Sendable, Hashable {
    public var slug: String
    public var title: String
    /// 年度: the Japanese fiscal year starting in April of this year.
    public var fiscalYear: Int
    public var form: CaseForm
    /// Group slugs.
    public var partners: [String]
    public var department: String?
    /// Field slugs.
    public var fields: [String]
    public var summary: String
    public var outcome: String?
    /// Scores 1–5, in the order `EvaluationAspect.allCases`.
    public var evaluation: [EvaluationAspect: Int]
    public var tags: [String]
    public var draft: Bool
    public var body: String
    public var source: RecordSource

    public init(slug: String, title: String, fiscalYear: Int, form: CaseForm, partners: [String] = [],
                department: String? = nil, fields: [String] = [], summary: String, outcome: String? = nil,
                evaluation: [EvaluationAspect: Int] = [:], tags: [String] = [], draft: Bool = false,
                body: String = "", source: RecordSource) {
        self.slug = slug
        self.title = title
        self.fiscalYear = fiscalYear
        self.form = form
        self.partners = partners
        self.department = department
        self.fields = fields
        self.summary = summary
        self.outcome = outcome
        self.evaluation = evaluation
        self.tags = tags
        self.draft = draft
        self.body = body
        self.source = source
    }
}
