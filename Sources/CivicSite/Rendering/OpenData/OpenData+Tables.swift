/// `data/groups.csv`, `data/grants.csv`, `data/cases.csv`: the records with
/// the Japanese headers `civicsite import` reads, so an exported file reads
/// back as the same records. Lists are joined with 「、」, marks are ○,
/// the body is the Markdown as written.
extension RenderContext {
    /// The header the import knows first for `key`.
    static func header(_ kind: RecordKind, _ key: String) -> String {
        ImportColumns.columns(for: kind).first { $0.target.key == key }!.headers[0]
    }

    static func joined(_ items: [String]) -> String { items.joined(separator: "、") }
    static func mark(_ b: Bool) -> String { b ? "○" : "" }

    func fieldLabels(_ slugs: [String]) -> String {
        Self.joined(slugs.map { fieldsBySlug[$0]?.short ?? $0 })
    }

    func groupTitles(_ slugs: [String]) -> String {
        // The context's table: one built per event made the event list of 10,000 groups take a minute.
        Self.joined(slugs.map { groupsBySlug[$0]?.title ?? $0 })
    }

    func groupsTable() -> OpenDataCSV {
        let keys = ["slug", "title", "kana", "type", "fields", "summary", "area", "address", "lat", "lon", "founded", "representative",
                    "members", "fees", "corporate_number", "contact.phone", "contact.fax", "contact.email", "contact.url",
                    "contact.sns", "recruiting.members", "recruiting.volunteers", "recruiting.note", "tags", "updated", "status", "body"]
        let rows = content.groups.sorted { $0.slug < $1.slug }.map { g -> [String] in
            let c = g.contact, r = g.recruiting
            return [g.slug, g.title, g.kana, g.type.label, fieldLabels(g.fields), g.summary, g.area ?? "", g.address ?? "",
                    g.geo.map { String($0.lat) } ?? "", g.geo.map { String($0.lon) } ?? "",
                    g.founded?.isoText ?? "", g.representative ?? "", g.members.map(String.init) ?? "", g.fees ?? "",
                    g.corporateNumber ?? "", c?.phone ?? "", c?.fax ?? "", c?.email ?? "", c?.url ?? "",
                    (c?.sns ?? []).joined(separator: "\n"), Self.mark(r?.members ?? false), Self.mark(r?.volunteers ?? false),
                    r?.note ?? "", Self.joined(g.tags), g.updated?.description ?? "", g.status?.label ?? "", g.body]
        }
        return OpenDataCSV(header: keys.map { Self.header(.groups, $0) }, rows: rows)
    }

    func grantsTable() -> OpenDataCSV {
        let keys = ["slug", "title", "provider", "kind", "fields", "eligible", "amount_min", "amount_max", "amount_note",
                    "opens", "deadline", "rolling", "url", "summary", "tags", "updated", "body"]
        let rows = content.grants.sorted { $0.slug < $1.slug }.map { g -> [String] in
            let fields: String
            switch g.fields {
            case .all: fields = "すべて"
            case .some(let list): fields = fieldLabels(list)
            }
            return [g.slug, g.title, g.provider, g.kind.label, fields, Self.joined(g.eligible.map(\.label)),
                    g.amountMin.map(String.init) ?? "", g.amountMax.map(String.init) ?? "", g.amountNote ?? "",
                    g.opens?.description ?? "", g.deadline?.description ?? "", Self.mark(g.rolling), g.url ?? "",
                    g.summary, Self.joined(g.tags), g.updated?.description ?? "", g.body]
        }
        return OpenDataCSV(header: keys.map { Self.header(.grants, $0) }, rows: rows)
    }

    func casesTable() -> OpenDataCSV {
        let aspects = EvaluationAspect.allCases
        let keys = ["slug", "title", "fiscal_year", "form", "partners", "department", "fields", "summary", "outcome"]
            + aspects.map { "evaluation.\($0.label)" } + ["tags", "body"]
        let rows = content.cases.sorted { $0.slug < $1.slug }.map { c -> [String] in
            [c.slug, c.title, String(c.fiscalYear), c.form.label, groupTitles(c.partners), c.department ?? "",
             fieldLabels(c.fields), c.summary, c.outcome ?? ""]
                + aspects.map { c.evaluation[$0].map(String.init) ?? "" } + [Self.joined(c.tags), c.body]
        }
        return OpenDataCSV(header: keys.map { Self.header(.cases, $0) }, rows: rows)
    }
}
