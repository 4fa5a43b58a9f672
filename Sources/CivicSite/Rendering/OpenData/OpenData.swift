/// `data/<kind>.json`: every published record as open data, with every
/// front-matter key as parsed. Free text is kept exactly as written,
/// enumerations become `{id, label}`, references stay slugs, date-times are
/// ISO 8601 with their offset.
extension RenderContext {
    /// `sets` when already made (the preview makes them once for the files and the `/data/` page).
    func openDataFiles(_ made: [OpenDataSet]? = nil) -> [OutputFile] {
        let sets = made ?? openDataSets()
        var files = sets.flatMap(\.files).map { OutputFile(path: $0.path, text: $0.text) }
        files.append(OutputFile(path: "data/catalog.json", text: catalogue(sets).serialized(pretty: true, scriptSafe: false) + "\n"))
        return files
    }

    /// `data/<kind>.json` texts with their record counts.
    func openDataJSON() -> [(kind: RecordKind, count: Int, text: String)] {
        let sets: [(RecordKind, [JSONValue])] = [
            (.groups, content.groups.sorted { $0.slug < $1.slug }.map(groupData)),
            (.events, content.events.sorted { $0.slug < $1.slug }.map(eventData)),
            (.grants, content.grants.sorted { $0.slug < $1.slug }.map(grantData)),
            (.cases, content.cases.sorted { $0.slug < $1.slug }.map(caseData)),
            (.fields, content.fields.sorted { $0.number < $1.number }.map(fieldData)),
            (.news, content.news.sorted { $0.slug < $1.slug }.map(newsData)),
        ]
        return sets.map { kind, records in
            let doc: JSONValue = .object([
                ("kind", .string(kind.rawValue)),
                ("count", .int(records.count)),
                ("records", .array(records)),
            ])
            return (kind, records.count, doc.serialized(pretty: true, scriptSafe: false) + "\n")
        }
    }

    /// The keys every record starts with.
    func recordHead(_ kind: RecordKind, _ slug: String) -> [(String, JSONValue)] {
        [("slug", .string(slug)), ("url", .string(urls.absolute(kind, slug)))]
    }

    static func enumeration<E: LabelledEnumeration>(_ value: E) -> JSONValue {
        .object([("id", .string(value.rawValue)), ("label", .string(value.label))])
    }

    static func date(_ d: LocalDate?) -> JSONValue { .text(d?.description) }

    func fieldData(_ f: Field) -> JSONValue {
        .object(recordHead(.fields, f.slug) + [
            ("number", .int(f.number)), ("name", .string(f.name)), ("short", .string(f.short)),
            ("body_html", .string(body(.fields, f.slug))),
        ])
    }

    func pageData(_ p: Page) -> JSONValue {
        .object(recordHead(.pages, p.slug) + [
            ("title", .string(p.title)), ("summary", .text(p.summary)), ("order", .number(p.order)),
            ("body_html", .string(body(.pages, p.slug))),
        ])
    }
}
