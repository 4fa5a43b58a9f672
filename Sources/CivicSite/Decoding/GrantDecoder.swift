/// Reads a `grants/<slug>.md` record.
public enum GrantDecoder {
    public static let keys = ["slug", "title", "provider", "kind", "fields", "eligible", "amount_min", "amount_max",
                              "amount_note", "opens", "deadline", "rolling", "url", "summary", "tags", "updated", "image", "attachments", "draft"]

    public static func decode(_ document: DecodingDocument) -> DecodingResult<Grant> {
        var keyed = document.keyed()
        let title = keyed.requiredText("title", example: "title: 市民活動促進補助金")
        let slug = SlugRules.slug(fileName: document.fileName, keyed: &keyed, title: title)
        let provider = keyed.requiredText("provider", example: "provider: 〇〇市")
        let kind = keyed.requiredEnumeration("kind", GrantKind.self, noun: Term.grantKind, example: "kind: 補助金")
        let rolling = keyed.bool("rolling") ?? false
        let deadline = rolling ? keyed.date("deadline")
            : keyed.required("deadline", example: "deadline: 2026-06-30", hint: .deadlineOrRolling).flatMap { keyed.dateValue($0, key: "deadline") }
        let summary = keyed.requiredText("summary", example: "summary: 市民活動団体の公益的な事業を支援します。")
        var grant = Grant(
            slug: slug ?? "", title: title ?? "", provider: provider ?? "", kind: kind ?? .other,
            fields: fields(&keyed), eligible: eligible(&keyed),
            amountMin: amount(&keyed, "amount_min", example: "amount_min: 100000"),
            amountMax: amount(&keyed, "amount_max", example: "amount_max: 300000"), amountNote: keyed.text("amount_note"),
            opens: keyed.date("opens"), deadline: deadline, rolling: rolling, url: keyed.url("url"),
            summary: summary ?? "", tags: keyed.tags(), updated: keyed.date("updated"), draft: keyed.bool("draft") ?? false,
            body: document.body, source: RecordSource(path: document.path))
        keyed.checkUnknownKeys(known: keys)
        grant.source = document.source(keyed)
        return DecodingResult(grant, keyed, slug: slug)
    }

    /// Whole yen; `20万円` gets a hint with `200000`.
    static func amount(_ keyed: inout KeyedNode, _ key: String, example: String) -> Int? {
        keyed.integer(key, in: 0...Int.max, counting: .yen, rangeHint: ChosenHint(.wholeYen, ["example": .text(example)]))
    }

    /// `all`, or a list of field references.
    static func fields(_ keyed: inout KeyedNode) -> GrantFields {
        if let node = keyed.node("fields"), case .string(let text) = node.value,
           ["all", "すべて", "全て", "全分野"].contains(WrittenText.folded(text)) {
            return .all
        }
        return .some(keyed.list("fields")?.map(\.text) ?? [])
    }

    /// Group types that may apply.
    static func eligible(_ keyed: inout KeyedNode) -> [GroupType] {
        var types: [GroupType] = []
        for item in keyed.list("eligible") ?? [] {
            if let type = GroupType(written: item.text) {
                types.append(type)
            } else {
                let hint = DecodingText.listHint(item.text, key: "eligible", noun: Term.groupTypes)
                keyed.report(KeyedNode.unknownValue(item.text, at: item.location, GroupType.self, noun: Term.groupType, hint: hint))
            }
        }
        return types
    }
}
