import Foundation

extension ContentLoader {
    /// The content of `directory` read with the project's own front-matter
    /// parser, nil when any error was found.
    public static func load(directory: URL, displayPath: String, includeDrafts: Bool,
                            today: LocalDate? = nil) -> (content: SiteContent?, diagnostics: DiagnosticList) {
        load(directory: directory, displayPath: displayPath, includeDrafts: includeDrafts, today: today, reader: frontMatterReader)
    }

    /// Bytes → text → `---` split → parsed front matter; `site.yml` is
    /// parsed whole.
    public static let frontMatterReader: Reader = { data, path, wholeFile in
        let text: String
        switch SourceText.decode(data, path: path) {
        case .success(let decoded): text = decoded
        case .failure(let problems): return ContentParsedFile(frontMatter: nil, diagnostics: problems.items)
        }
        if wholeFile {
            let parsed = FrontMatterParser.parse(text, file: path, firstLine: 1)
            return ContentParsedFile(frontMatter: parsed.node, diagnostics: parsed.diagnostics)
        }
        switch FrontMatterDocument.split(text, path: path) {
        case .failure(let problems):
            return ContentParsedFile(frontMatter: nil, diagnostics: problems.items)
        case .success(let document):
            let parsed = document.readFrontMatter(path: path)
            return ContentParsedFile(frontMatter: parsed.node, body: document.body, bodyFirstLine: document.bodyFirstLine,
                                     diagnostics: parsed.diagnostics, comments: parsed.comments)
        }
    }
}
