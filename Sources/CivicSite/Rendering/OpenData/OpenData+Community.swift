/// Open data of the community pages: news, the statistics, and the area
/// and map keys of groups and events.
extension RenderContext {
    func newsData(_ n: NewsItem) -> JSONValue {
        .object(recordHead(.news, n.slug) + [
            ("title", .string(n.title)), ("date", .string(n.date.description)), ("summary", .string(n.summary)),
            ("related", .texts(n.related.map { "\($0.kind?.rawValue ?? "")/\($0.slug)" })), ("draft", .bool(n.draft)),
            ("body_html", .string(body(.news, n.slug))),
        ])
    }

    /// `[{id, name}]` on a site with areas; null on one without (then `area` is the text).
    func areaData(_ ids: [String]) -> JSONValue {
        guard hasAreas else { return .null }
        return .array(ids.compactMap(area).map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })
    }

    func geoData(_ geo: GeoPoint?) -> JSONValue {
        geo.map { .object([("lat", .decimal($0.lat)), ("lon", .decimal($0.lon))]) } ?? .null
    }

    /// `data/stats.json`: the figures of `/stats/`, as of the build date.
    func statsData() -> OpenDataFile {
        let tables = statistics()
        let doc: JSONValue = .object([
            ("kind", "stats"),
            ("as_of", .string(today.description)),
            ("tables", .array(tables.map { table in
                .object([("id", .string(table.id)), ("total", .int(table.total)),
                         ("rows", .array(table.rows.map { .object([("id", .string($0.id)), ("label", .string($0.label)), ("count", .int($0.count))]) }))])
            })),
        ])
        return OpenDataFile(path: "data/stats.json", format: "JSON", mediaType: "application/json", records: tables.count,
                            text: doc.serialized(pretty: true, scriptSafe: false) + "\n",
                            columns: [("as_of", "数えた日（ビルドの日）"), ("tables", "表の一覧: id（表の名前）、total（合計）、rows（id・label・count の行）")])
    }
}
