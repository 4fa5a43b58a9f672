/// Reads a `cases/<slug>.md` record (協働事例).
public enum CaseDecoder {
    public static let keys = ["slug", "title", "fiscal_year", "form", "partners", "department", "fields", "summary",
                              "outcome", "evaluation", "tags", "draft"]

    public static func decode(_ document: DecodingDocument) -> DecodingResult<CollaborationCase> {
        var keyed = document.keyed()
        let slug = SlugRules.slug(fileName: document.fileName, keyed: &keyed)
        let title = keyed.requiredText("title", example: "title: 子ども食堂ネットワーク事業")
        let year = keyed.requiredInteger("fiscal_year", example: "fiscal_year: 2024", in: 1989...2200)
        let form = keyed.requiredEnumeration("form", CaseForm.self, noun: "collaboration form", example: "form: 事業協力")
        let summary = keyed.requiredText("summary", example: "summary: 市と団体が役割を分担して取り組みました。")
        var record = CollaborationCase(
            slug: slug ?? "", title: title ?? "", fiscalYear: year ?? 0, form: form ?? .cooperation,
            partners: keyed.list("partners")?.map(\.text) ?? [], department: keyed.text("department"),
            fields: keyed.list("fields")?.map(\.text) ?? [], summary: summary ?? "", outcome: keyed.text("outcome"),
            evaluation: evaluation(&keyed), tags: keyed.tags(),
            draft: keyed.bool("draft") ?? false, body: document.body, source: RecordSource(path: document.path))
        keyed.warnAboutUnknownKeys(known: keys)
        record.source = document.source(keyed)
        return DecodingResult(record, keyed, slug: slug)
    }

    /// Aspect (label or id) → score 1–5.
    static func evaluation(_ keyed: inout KeyedNode) -> [EvaluationAspect: Int] {
        guard var nested = keyed.mapping("evaluation") else { return [:] }
        var scores: [EvaluationAspect: Int] = [:]
        for entry in nested.entries {
            guard let aspect = EvaluationAspect(written: entry.key) else {
                _ = nested.node(entry.key)
                nested.report(KeyedNode.unknownValue(entry.key, at: entry.keyLocation, EvaluationAspect.self, noun: "evaluation aspect"))
                continue
            }
            guard let node = nested.node(entry.key) else { continue }
            guard case .int(let score) = node.value, (1...5).contains(score) else {
                let found = node.value == .int(0) || node.kindDescription == "a whole number" ? node.raw : node.kindDescription
                nested.report(.error(at: node.location, "'\(nested.qualified(entry.key))' must be a score from 1 to 5, found \(found)"))
                continue
            }
            scores[aspect] = score
        }
        keyed.absorb(nested)
        return scores
    }
}
