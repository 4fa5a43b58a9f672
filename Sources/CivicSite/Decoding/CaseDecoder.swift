/// Reads a `cases/<slug>.md` record (協働事例).
public enum CaseDecoder {
    public static let keys = ["slug", "title", "fiscal_year", "form", "partners", "department", "fields", "summary",
                              "outcome", "evaluation", "tags", "image", "attachments", "draft"]

    public static func decode(_ document: DecodingDocument) -> DecodingResult<CollaborationCase> {
        var keyed = document.keyed()
        let title = keyed.requiredText("title", example: "title: 子ども食堂ネットワーク事業")
        let slug = SlugRules.slug(fileName: document.fileName, keyed: &keyed, title: title)
        let year = keyed.requiredInteger("fiscal_year", example: "fiscal_year: 2024", in: 1989...2200, counting: .year)
        let form = keyed.requiredEnumeration("form", CaseForm.self, noun: Term.collaborationForm, example: "form: 事業協力")
        let summary = keyed.requiredText("summary", example: "summary: 市と団体が役割を分担して取り組みました。")
        var record = CollaborationCase(
            slug: slug ?? "", title: title ?? "", fiscalYear: year ?? 0, form: form ?? .cooperation,
            partners: keyed.list("partners")?.map(\.text) ?? [], department: keyed.text("department"),
            fields: keyed.list("fields")?.map(\.text) ?? [], summary: summary ?? "", outcome: keyed.text("outcome"),
            evaluation: evaluation(&keyed), tags: keyed.tags(),
            draft: keyed.bool("draft") ?? false, body: document.body, source: RecordSource(path: document.path))
        keyed.checkUnknownKeys(known: keys)
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
                nested.report(KeyedNode.unknownValue(entry.key, at: entry.keyLocation, EvaluationAspect.self, noun: Term.evaluationAspect))
                continue
            }
            guard let node = nested.node(entry.key) else { continue }
            guard case .int(let score) = node.value, (1...5).contains(score) else {
                let found: MessageArgument = node.value.isInteger ? .text(node.raw) : .term(Term.valueKind(of: node))
                nested.report(.notAScore, at: node.location, key: entry.key, ["found": found])
                continue
            }
            scores[aspect] = score
        }
        keyed.absorb(nested)
        return scores
    }
}

private extension FrontMatterNode.Value {
    var isInteger: Bool {
        if case .int = self { return true }
        return false
    }
}
