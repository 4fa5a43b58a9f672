/// Reads a `fields/<id>.md` record, one of the 17 activity fields.
public enum FieldDecoder {
    public static let keys = ["slug", "number", "name", "short", "image", "attachments"]

    public static func decode(_ document: DecodingDocument) -> DecodingResult<Field> {
        var keyed = document.keyed()
        let slug = SlugRules.slug(fileName: document.fileName, keyed: &keyed)
        let number = keyed.requiredInteger("number", example: "number: 11", in: 1...17)
        let name = keyed.requiredText("name", example: "name: 子どもの健全育成を図る活動")
        let short = keyed.requiredText("short", example: "short: 子ども")
        var field = Field(slug: slug ?? "", number: number ?? 0, name: name ?? "", short: short ?? "",
                          body: document.body, source: RecordSource(path: document.path))
        keyed.checkUnknownKeys(known: keys)
        field.source = document.source(keyed)
        return DecodingResult(field, keyed, slug: slug)
    }
}
