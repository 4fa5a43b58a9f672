/// A content file split into its front matter and its Markdown body, each
/// with the line of the file it starts on.
public struct FrontMatterDocument: Sendable, Equatable {
    /// The lines between the `---` delimiters, each with its line break.
    public var frontMatter: String
    /// The line of the file where `frontMatter` starts: always 2.
    public var frontMatterFirstLine: Int
    /// Everything after the closing delimiter line.
    public var body: String
    /// The line of the file where `body` starts.
    public var bodyFirstLine: Int

    /// Makes a document from parts already split; `split` is the usual way.
    public init(frontMatter: String, frontMatterFirstLine: Int, body: String, bodyFirstLine: Int) {
        self.frontMatter = frontMatter
        self.frontMatterFirstLine = frontMatterFirstLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
    }

    /// Parses `frontMatter`, with locations in the file at `path`. As with
    /// `FrontMatterParser.parse`, the node holds every entry that could be
    /// read even when there are errors.
    public func parseFrontMatter(path: String) -> (node: FrontMatterNode?, diagnostics: [Diagnostic]) {
        let parsed = readFrontMatter(path: path)
        return (parsed.node, parsed.diagnostics)
    }

    /// Parses `frontMatter` as `parseFrontMatter` does, keeping its comments too.
    public func readFrontMatter(path: String) -> FrontMatterParse {
        var reader = FrontMatterReader(frontMatter, file: path, firstLine: frontMatterFirstLine)
        reader.closingLine = bodyFirstLine - 1
        let node = reader.parseDocument()
        return FrontMatterParse(node: node, diagnostics: reader.diagnostics, comments: reader.collectedComments)
    }
}
