/// Every record's body as rendered to HTML (with what rendering noticed and
/// the files it uses), kept between builds: only a body whose inputs changed
/// is rendered again. The inputs are the Markdown, where the record is (the
/// problems' locations), the files of its folder (links to them carry their
/// size), and the renderer's options (the site's language, the ids and body
/// headings of the theme, the base URL), a change of which renders every
/// body again.
struct BodyCache: Sendable {
    private struct Options: Equatable {
        var japanese: Bool
        var reservedIDs: Set<String>
        var headings: [RecordKind: String]
        var baseURL: String
    }

    /// What a body's rendering depends on besides the options.
    private struct Inputs: Equatable {
        var body: String
        var path: String
        var bodyFirstLine: Int
        var kind: RecordKind
        var folder: FolderFiles?
    }

    /// A record's folder as the renderer sees it (not which files are used).
    private struct FolderFiles: Equatable {
        var shown: String
        var outputFolder: String
        var files: [String: MediaFile]
        var names: [String]

        init?(_ files: RecordFiles?) {
            guard let files else { return nil }
            shown = files.shown
            outputFolder = files.outputFolder
            self.files = files.files
            names = files.names
        }
    }

    private var options: Options?
    private var rendered: [String: (inputs: Inputs, result: BodyRendering.Rendered)] = [:]
    /// How many bodies the last call rendered.
    private(set) var lastRendered = 0

    /// Every body of `content`, in `BodyRendering.sources` order, as
    /// `SiteBuilder.renderMarkdown` renders them.
    mutating func bodies(of content: SiteContent, theme: ThemeTemplates) -> [BodyRendering.Rendered] {
        var headings: [RecordKind: String] = [:]
        for kind in RecordKind.allCases { headings[kind] = theme.headingAboveBody(inLayout: kind.layout) }
        let wanted = Options(japanese: content.config.language.hasPrefix("ja"), reservedIDs: theme.literalIDs,
                             headings: headings, baseURL: content.config.baseURL)
        if wanted != options { rendered = [:]; options = wanted }
        let renderer = BodyRendering(content: content, theme: theme)
        let sources = renderer.sources
        var results = [BodyRendering.Rendered?](repeating: nil, count: sources.count)
        var inputs: [Inputs] = []
        inputs.reserveCapacity(sources.count)
        var missing: [Int] = []
        for (index, source) in sources.enumerated() {
            let wanted = Inputs(body: source.body, path: source.record.path, bodyFirstLine: source.record.bodyFirstLine,
                                kind: source.kind, folder: FolderFiles(content.media.files(of: source.record)))
            inputs.append(wanted)
            if let cached = rendered[source.key], cached.inputs == wanted {
                results[index] = cached.result
            } else {
                missing.append(index)
            }
        }
        let fresh = missing.parallelMap { renderer.render(sources[$0]) }
        for (index, result) in zip(missing, fresh) { results[index] = result }
        var next: [String: (inputs: Inputs, result: BodyRendering.Rendered)] = [:]
        next.reserveCapacity(sources.count)
        for (index, source) in sources.enumerated() where next[source.key] == nil {
            next[source.key] = (inputs[index], results[index]!)
        }
        rendered = next
        lastRendered = missing.count
        return results.map { $0! }
    }
}
