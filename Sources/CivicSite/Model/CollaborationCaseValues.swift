/// The stored values of a `CollaborationCase` (see there).
struct CollaborationCaseValues: Sendable, Hashable {
    var slug: String
    var title: String
    var fiscalYear: Int
    var form: CaseForm
    var partners: [String]
    var department: String?
    var fields: [String]
    var summary: String
    var outcome: String?
    var evaluation: [EvaluationAspect: Int]
    var tags: [String]
    var draft: Bool
    var body: String
    var source: RecordSource
}
