/// Reads an `events/<slug>.md` record.
public enum EventDecoder {
    public static let keys = ["slug", "title", "start", "end", "venue", "address", "online", "organizers", "fields",
                              "fee", "capacity", "audience", "apply", "apply_url", "apply_by", "contact", "summary",
                              "tags", "status", "postponed_to", "updated", "image", "attachments", "draft", "area", "lat", "lon", "volunteers_wanted"]

    public static func decode(_ document: DecodingDocument) -> DecodingResult<Event> {
        var keyed = document.keyed()
        let title = keyed.requiredText("title", example: "title: 子ども食堂ボランティア説明会")
        let slug = SlugRules.slug(fileName: document.fileName, keyed: &keyed, title: title)
        let start = keyed.requiredEventTime("start", example: "start: 2026-12-05 10:00")
        let end = keyed.eventEnd("end", start: start)
        let online = self.online(&keyed)
        let fee = amountOrText(&keyed, "fee", hint: ChosenHint(.freeEventFee))
            .map { $0.either(Fee.yen, Fee.text) }
        let capacity = amountOrText(&keyed, "capacity", hint: ChosenHint(.numberOfPeople, ["example": .text("capacity: 30")]))
            .map { $0.either(Capacity.people, Capacity.text) }
        let summary = keyed.requiredText("summary", example: "summary: 活動内容と参加方法をご説明します。")
        let notice = self.notice(&keyed)
        let postponement = self.postponement(&keyed, notice: notice, start: start, end: end)
        var event = Event(
            slug: slug ?? "", title: title ?? "",
            start: postponement?.start ?? start ?? .date(LocalDate(year: 1970, month: 1, day: 1)),
            end: postponement.map(\.end) ?? end, venue: keyed.text("venue"), address: keyed.text("address"), online: online,
            organizers: keyed.list("organizers")?.map(\.text) ?? [], fields: keyed.list("fields")?.map(\.text) ?? [],
            fee: fee, capacity: capacity, audience: keyed.text("audience"), apply: keyed.text("apply"),
            applyURL: keyed.url("apply_url"), applyBy: keyed.date("apply_by"), contact: keyed.text("contact"),
            summary: summary ?? "", tags: keyed.tags(), notice: notice,
            previousStart: postponement?.previous, updated: keyed.date("updated"), draft: keyed.bool("draft") ?? false,
            body: document.body, source: RecordSource(path: document.path))
        let area = keyed.areaValue()
        event.area = area.text
        event.areas = area.items
        event.geo = keyed.geoPoint()
        event.volunteersWanted = keyed.bool("volunteers_wanted") ?? false
        keyed.checkUnknownKeys(known: keys)
        event.source = document.source(keyed)
        return DecodingResult(event, keyed, slug: slug)
    }

    /// `true`/`false`, or the URL of the stream. A word such as はい gets
    /// the flag it means; an address written wrongly, the address hint.
    static func online(_ keyed: inout KeyedNode) -> Online? {
        guard let node = keyed.node("online") else { return nil }
        if case .bool(let flag) = node.value { return flag ? .yes : .no }
        guard case .string(let text) = node.value else {
            keyed.report(.onlineNotTrueFalseOrLink, at: node.location, key: "online", ["found": .term(Term.valueKind(of: node))])
            return nil
        }
        if DecodingFormats.urlProblem(text) == nil { return .url(text) }
        if let flag = WrittenValue.bool(text) {
            let line: MessageArguments = ["line": .text("online: \(flag)")]
            keyed.report(.onlineNotTrueFalseOrLink, at: node.location, key: "online", ["found": Term.written(text)],
                         hint: ChosenHint(flag ? .onlineTrue : .writeLine, line))
            return nil
        }
        if looksLikeAnAddress(text) { return keyed.urlValue(node, key: "online").map(Online.url) }
        keyed.report(.onlineNotTrueFalseOrLink, at: node.location, key: "online", ["found": Term.written(text)])
        return nil
    }

    /// Text someone meant as a link: it has a dot or a colon and no
    /// Japanese in front (`meet.example.jp/abc`, `https:/…`), unlike `Zoom`.
    static func looksLikeAnAddress(_ text: String) -> Bool {
        let folded = WrittenText.folded(text)
        return folded.unicodeScalars.first.map(\.isASCII) == true && (folded.contains(".") || folded.contains(":"))
    }

    /// A whole number of yen or people, or text such as 「資料代 500円」.
    /// A number written as text (`"1000"`, `１０００`) is kept as written
    /// with a warning, since it would show without 円 or 人.
    static func amountOrText(_ keyed: inout KeyedNode, _ key: String, hint: ChosenHint) -> AmountOrText? {
        guard let node = keyed.node(key) else { return nil }
        if case .int = node.value {
            return keyed.integerValue(node, key: key, in: 0...Int.max, rangeHint: hint).map(AmountOrText.amount)
        }
        guard let text = keyed.scalarText(node, key: key) else { return nil }
        if case .string = node.value, let number = DecodingText.wholeNumber(text), number >= 0 {
            keyed.report(.numberWrittenAsText, at: node.location, key: key, ["value": .text(text)],
                         hint: ChosenHint(.writeAsNumber, ["line": .text("\(key): \(number)")]))
        }
        return .text(text)
    }

    enum AmountOrText {
        case amount(Int)
        case text(String)

        func either<T>(_ amount: (Int) -> T, _ text: (String) -> T) -> T {
            switch self {
            case .amount(let value): return amount(value)
            case .text(let value): return text(value)
            }
        }
    }
}
