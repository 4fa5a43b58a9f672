/// Reads a `news/<slug>.md` record (お知らせ).
public enum NewsDecoder {
    public static let keys = ["slug", "title", "date", "summary", "related", "image", "attachments", "draft"]

    public static func decode(_ document: DecodingDocument) -> DecodingResult<NewsItem> {
        var keyed = document.keyed()
        let title = keyed.requiredText("title", example: "title: 令和9年度の助成金説明会を開きます")
        let slug = SlugRules.slug(fileName: document.fileName, keyed: &keyed, title: title)
        let date = keyed.required("date", example: "date: 2026-12-01").flatMap { keyed.dateValue($0, key: "date") }
        let summary = keyed.requiredText("summary", example: "summary: 説明会の日程と申し込み方法をお知らせします。")
        let related = keyed.list("related")?.map { RecordReference(written: $0.text) } ?? []
        var item = NewsItem(slug: slug ?? "", title: title ?? "", date: date ?? LocalDate(year: 1970, month: 1, day: 1),
                            summary: summary ?? "", related: related, draft: keyed.bool("draft") ?? false,
                            body: document.body, source: RecordSource(path: document.path))
        keyed.checkUnknownKeys(known: keys)
        item.source = document.source(keyed)
        return DecodingResult(item, keyed, slug: slug)
    }
}
