/// `data/catalog.json` (DCAT vocabulary in JSON-LD, as open-data portals
/// harvest it) and the `/data/` page: the same list of files, their format,
/// size, record count, columns, licence and date.
extension RenderContext {
    /// The licence's page, for the licences written the usual way.
    static func licenseURL(_ license: String) -> String? {
        let known = ["CC BY 4.0": "https://creativecommons.org/licenses/by/4.0/deed.ja",
                     "CC0": "https://creativecommons.org/publicdomain/zero/1.0/deed.ja",
                     "CC BY-SA 4.0": "https://creativecommons.org/licenses/by-sa/4.0/deed.ja",
                     "公共データ利用規約（第1.0版）": "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0"]
        return known[WrittenValue.trimmed(license)]
    }

    func catalogue(_ sets: [OpenDataSet]) -> JSONValue {
        let config = content.config
        let license = config.dataLicense
        let licenseValue: JSONValue = Self.licenseURL(license).map { .string($0) } ?? .string(license)
        let datasets: [JSONValue] = sets.map { set in
            .object([
                ("@type", "dcat:Dataset"),
                ("dct:identifier", .string(set.id)),
                ("dct:title", .string(set.title)),
                ("dct:license", licenseValue),
                ("dct:modified", .string(today.description)),
                ("dcat:distribution", .array(set.files.map { file in
                    var pairs: [(String, JSONValue)] = [
                        ("@type", "dcat:Distribution"),
                        ("dcat:downloadURL", .string(urls.absolute(file.path))),
                        ("dcat:mediaType", .string(file.mediaType)),
                        ("dct:format", .string(file.format)),
                        ("dcat:byteSize", .int(file.bytes)),
                        ("records", .int(file.records)),
                        ("columns", .array(file.columns.map { .object([("name", .string($0.name)), ("description", .string($0.note))]) })),
                    ]
                    if let standard = file.conformsTo { pairs.append(("dct:conformsTo", .string(standard))) }
                    return .object(pairs)
                })),
            ])
        }
        return .object([
            ("@context", .object([("dcat", "http://www.w3.org/ns/dcat#"), ("dct", "http://purl.org/dc/terms/"),
                                  ("foaf", "http://xmlns.com/foaf/0.1/")])),
            ("@type", "dcat:Catalog"),
            ("dct:title", .string(config.title + " オープンデータ")),
            ("dct:publisher", .object([("@type", "foaf:Organization"), ("foaf:name", .string(config.centre.name))])),
            ("dct:license", licenseValue),
            ("dct:licenseText", .string(license)),
            ("dct:modified", .string(today.description)),
            ("dcat:landingPage", .string(urls.absolute("data/"))),
            ("dcat:dataset", .array(datasets)),
        ])
    }

    /// `12.3 KB`.
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let kb = Double(bytes) / 1024
        if kb < 1024 { return String(format: "%.1f KB", kb) }
        return String(format: "%.1f MB", kb / 1024)
    }

    /// `/data/`: the open-data files with their sizes, from `made` (an
    /// incremental build's), else the build's `openData`, else made now.
    func dataPage(_ made: [OpenDataSet]? = nil) -> PageSpec {
        let sets = made ?? openData ?? openDataSets()
        let license = content.config.dataLicense
        let view: [TemplateValue] = sets.map { set in
            .object([
                "id": .string(set.id),
                "title": .string(set.title),
                "files": .array(set.files.map { file in
                    .object([
                        "name": .string(String(file.path.dropFirst(5))),
                        "url": .string(urls.path(file.path)),
                        "format": .string(file.format),
                        "csv": .bool(file.format == "CSV"),
                        "size": .string(Self.size(file.bytes)),
                        "bytes": .int(file.bytes),
                        "records": .int(file.records),
                        "standard": .text(file.conformsTo),
                        "columns": .array(file.columns.map { .object(["name": .string($0.name), "note": .string($0.note)]) }),
                    ])
                }),
            ])
        }
        return PageSpec(
            layout: "data", path: "data/", title: "オープンデータ",
            description: "\(content.config.city)の市民活動団体・イベント・助成金・協働事例のデータを、CSV と JSON で自由に使えます。",
            breadcrumbs: [("オープンデータ", "data/")],
            data: ["datasets": .array(view), "license": .string(license), "license_url": .text(Self.licenseURL(license)),
                   "date": .string(JapaneseDateFormat.date(today)), "date_iso": .string(today.description),
                   "catalog_url": .string(urls.path("data/catalog.json"))])
    }
}
