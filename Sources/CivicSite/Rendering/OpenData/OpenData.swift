/// `data/<kind>.json`: every published record as open data, with every
/// front-matter key as parsed. Free text is kept exactly as written,
/// enumerations become `{id, label}`, references stay slugs, date-times are
/// ISO 8601 with their offset.
extension RenderContext {
    /// Every open-data file with its text, made in memory.
    func openDataFiles() -> [OutputFile] {
        let sets = openDataSets()
        var files = sets.flatMap(\.files).map { OutputFile(path: $0.path, text: $0.text) }
        files.append(catalogueFile(sets))
        return files
    }

    /// Writes `data/<kind>.json` a few hundred records at a time, each
    /// serialised alone (on all cores) and indented to its place in the
    /// `records` list: the same bytes as the whole document serialised at
    /// once, without holding it. Returns the record count.
    func writeOpenDataJSON(_ kind: RecordKind, to stream: OpenDataStream) throws -> Int {
        switch kind {
        case .groups: return try writeRecords(kind, content.groups.sorted { $0.slug < $1.slug }, to: stream) { groupData($0) }
        case .events: return try writeRecords(kind, content.events.sorted { $0.slug < $1.slug }, to: stream) { eventData($0) }
        case .grants: return try writeRecords(kind, content.grants.sorted { $0.slug < $1.slug }, to: stream) { grantData($0) }
        case .cases: return try writeRecords(kind, content.cases.sorted { $0.slug < $1.slug }, to: stream) { caseData($0) }
        case .fields: return try writeRecords(kind, content.fields.sorted { $0.number < $1.number }, to: stream) { fieldData($0) }
        case .news: return try writeRecords(kind, content.news.sorted { $0.slug < $1.slug }, to: stream) { newsData($0) }
        case .pages: return try writeRecords(kind, content.pages.sorted { $0.slug < $1.slug }, to: stream) { pageData($0) }
        }
    }

    private func writeRecords<T: Sendable>(_ kind: RecordKind, _ items: [T], to stream: OpenDataStream,
                                           _ make: @Sendable (T) -> JSONValue) throws -> Int {
        let name = JSONValue.string(kind.rawValue).serialized(pretty: true, scriptSafe: false)
        try stream.append("{\n  \"kind\": \(name),\n  \"count\": \(items.count),\n  \"records\": [")
        let batch = 512
        for start in stride(from: 0, to: items.count, by: batch) {
            let texts = Array(items[start..<min(start + batch, items.count)]).parallelMap { item in
                // Two levels in: the record sits in the file's `records` list.
                make(item).serializedBytes(pretty: true, scriptSafe: false, indent: 2)
            }
            for (offset, text) in texts.enumerated() {
                try stream.append(start + offset == 0 ? "\n    " : ",\n    ")
                try stream.append(bytes: text)
            }
        }
        try stream.append(items.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return items.count
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
