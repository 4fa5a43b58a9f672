/// Reads a `pages/<slug>.md` record.
public enum PageDecoder {
    public static let keys = ["slug", "title", "summary", "order", "image", "attachments", "draft"]

    public static func decode(_ document: DecodingDocument) -> DecodingResult<Page> {
        var keyed = document.keyed()
        let title = keyed.requiredText("title", example: "title: センターについて")
        let slug = SlugRules.slug(fileName: document.fileName, keyed: &keyed, title: title)
        var page = Page(slug: slug ?? "", title: title ?? "", summary: keyed.text("summary"),
                        order: keyed.integer("order"), draft: keyed.bool("draft") ?? false, body: document.body,
                        source: RecordSource(path: document.path))
        keyed.checkUnknownKeys(known: keys)
        page.source = document.source(keyed)
        return DecodingResult(page, keyed, slug: slug)
    }
}
