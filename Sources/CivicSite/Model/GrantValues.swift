/// The stored values of a `Grant` (see there).
struct GrantValues: Sendable, Hashable {
    var slug: String
    var title: String
    var provider: String
    var kind: GrantKind
    var fields: GrantFields
    var eligible: [GroupType]
    var amountMin: Int?
    var amountMax: Int?
    var amountNote: String?
    var opens: LocalDate?
    var deadline: LocalDate?
    var rolling: Bool
    var url: String?
    var summary: String
    var tags: [String]
    var updated: LocalDate?
    var draft: Bool
    var body: String
    var source: RecordSource
}
