/// Reads a `groups/<slug>.md` record.
public enum GroupDecoder {
    public static let keys = ["slug", "title", "kana", "type", "fields", "summary", "area", "address", "founded",
                              "representative", "members", "fees", "corporate_number", "contact", "recruiting",
                              "tags", "updated", "status", "image", "attachments", "draft", "lat", "lon"]

    public static func decode(_ document: DecodingDocument) -> DecodingResult<Group> {
        var keyed = document.keyed()
        let title = keyed.requiredText("title", example: "title: さくら子ども食堂")
        let kana = keyed.requiredText("kana", example: "kana: さくらこどもしょくどう")
        let slug = SlugRules.slug(fileName: document.fileName, keyed: &keyed, title: title,
                                  reading: kana.flatMap { GroupKana.isKana($0) ? $0 : GroupKana.suggestion(for: $0) })
        if let kana, let node = keyed.node("kana"), !GroupKana.isKana(kana), !TemplatePlaceholder.contains(kana) {
            // A warning: the group still publishes, only its place in the
            // 五十音 index is off. A template's 〔よみがな〕 is not warned
            // about: a draft may keep it, and a published group is refused.
            let hint = GroupKana.suggestion(for: kana).map { ChosenHint(.readingInKana, ["line": .text("kana: \($0)")]) }
            keyed.report(.readingNotInKana, at: node.location, key: "kana", ["value": .text(kana)], hint: hint)
        }
        let type = keyed.requiredEnumeration("type", GroupType.self, noun: Term.groupType, example: "type: 任意団体")
        let fields = requiredFields(&keyed)
        let summary = keyed.requiredText("summary", example: "summary: 地域の子どもに食事と居場所を届けています。")
        let founded = self.founded(&keyed)
        let contact = ContactDecoder.decode(&keyed)
        let recruiting = RecruitingDecoder.decode(&keyed)
        let status = keyed.enumeration("status", GroupStatus.self, noun: Term.groupStatus)
        if let status, recruiting?.isRecruiting == true, let location = keyed.keyLocations["recruiting"] {
            keyed.report(.recruitingWhileRetired, at: location, key: "recruiting", ["status": .text(status.label)])
        }
        let area = keyed.areaValue()
        let geo = keyed.geoPoint()
        let group = Group(
            slug: slug ?? "", title: title ?? "", kana: kana ?? "", type: type ?? .other, fields: fields ?? [],
            summary: summary ?? "", area: area.text, address: keyed.text("address"), founded: founded,
            representative: keyed.text("representative"), members: keyed.integer("members", in: 0...10_000_000, counting: .people),
            fees: keyed.text("fees"), corporateNumber: keyed.corporateNumber("corporate_number"),
            contact: contact, recruiting: recruiting, tags: keyed.tags(),
            updated: keyed.date("updated"), status: status, draft: keyed.bool("draft") ?? false,
            body: document.body, source: RecordSource(path: document.path))
        keyed.checkUnknownKeys(known: keys, mappings: ["contact": ContactDecoder.keys, "recruiting": RecruitingDecoder.keys])
        var result = group
        result.areas = area.items
        result.geo = geo
        result.source = document.source(keyed)
        return DecodingResult(result, keyed, slug: slug)
    }

    /// `fields`, at least one, kept as written until the field records are known.
    static func requiredFields(_ keyed: inout KeyedNode) -> [String]? {
        guard keyed.required("fields", example: "fields: [children, 5]") != nil, let items = keyed.list("fields") else { return nil }
        if items.isEmpty, let location = keyed.keyLocations["fields"] {
            keyed.report(.noActivityField, at: location, key: "fields")
        }
        return items.map(\.text)
    }

    /// A year (`1998`) or a date (`1998-04-01`). `令和6年` is a year too,
    /// written the Japanese way, so its hint is `2024`.
    static func founded(_ keyed: inout KeyedNode) -> Group.Founded? {
        guard let node = keyed.node("founded"), let text = keyed.scalarText(node, key: "founded") else { return nil }
        if case .int(let year) = node.value {
            guard (1000...9999).contains(year) else {
                keyed.report(.notAYearOrDate, at: node.location, key: "founded", ["value": .text(text)])
                return nil
            }
            return .year(year)
        }
        switch DecodingDateText.date(text) {
        case .success(let date): return .date(date)
        case .failure(.notReal(let reason)):
            keyed.reportNotReal(reason, text: text, key: "founded", at: node.location)
        case .failure(.malformed):
            let hint = WrittenValue.year(text).map { ChosenHint(.westernYear, ["line": .text("founded: \($0)")]) }
                ?? keyed.dateHint(text, key: "founded")
            keyed.report(.notAYearOrDate, at: node.location, key: "founded", ["value": .text(text)], hint: hint)
        }
        return nil
    }
}
