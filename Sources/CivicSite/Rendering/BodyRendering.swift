/// The Markdown bodies of every record, each rendered with the options of
/// its kind: a body that opens with the heading its layout already writes
/// above it (活動内容 on a group page) loses that first heading.
struct BodyRendering: Sendable {
    struct Source: Sendable {
        /// `groups/<slug>`: the key of `RenderContext.bodies`.
        var key: String
        var body: String
        var record: RecordSource
        var kind: RecordKind
    }

    struct Rendered: Sendable {
        var key: String
        var html: String
        /// Warnings (a cut URL) and errors (a missing file, an image without alt text).
        var diagnostics: [Diagnostic]
        /// The record's path and the names of its files the body uses.
        var record: String
        var usedFiles: [String] = []
        /// The text search indexes (`SearchPlainText.fromHTML`), when asked for.
        var searchText: String?
    }

    let sources: [Source]
    /// `kind/slug` → its place in `sources`; the first of a duplicated key wins.
    private let places: [String: Int]
    private let renderers: [RecordKind: MarkdownRenderer]
    private let media: MediaCatalogue
    private let urls: SiteURLs

    init(content: SiteContent, theme: ThemeTemplates) {
        var sources: [Source] = []
        sources += content.fields.map { Source(key: "fields/\($0.slug)", body: $0.body, record: $0.source, kind: .fields) }
        sources += content.groups.map { Source(key: "groups/\($0.slug)", body: $0.body, record: $0.source, kind: .groups) }
        sources += content.events.map { Source(key: "events/\($0.slug)", body: $0.body, record: $0.source, kind: .events) }
        sources += content.grants.map { Source(key: "grants/\($0.slug)", body: $0.body, record: $0.source, kind: .grants) }
        sources += content.cases.map { Source(key: "cases/\($0.slug)", body: $0.body, record: $0.source, kind: .cases) }
        sources += content.news.map { Source(key: "news/\($0.slug)", body: $0.body, record: $0.source, kind: .news) }
        sources += content.pages.map { Source(key: "pages/\($0.slug)", body: $0.body, record: $0.source, kind: .pages) }
        self.sources = sources
        places = Dictionary(sources.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        media = content.media
        urls = SiteURLs(baseURL: content.config.baseURL)
        let japanese = content.config.language.hasPrefix("ja")
        var renderers: [RecordKind: MarkdownRenderer] = [:]
        for kind in RecordKind.allCases {
            let heading = theme.headingAboveBody(inLayout: kind.layout)
            renderers[kind] = MarkdownRenderer(options: .site(japanese: japanese, reservedIDs: theme.literalIDs,
                                                              omitLeadingHeading: heading))
        }
        self.renderers = renderers
    }

    /// The HTML of the body with this `kind/slug` key, rendered now: pages,
    /// open data and search each ask when they need it, so no body's HTML
    /// outlives the record being written (see `RenderContext.body`).
    func html(forKey key: String) -> String? {
        places[key].map { render(sources[$0]).html }
    }

    func render(_ source: Source) -> Rendered {
        let folder = media.files(of: source.record)
        let (html, notices) = renderers[source.kind]!.renderWithNotices(source.body, files: fileLinks(folder))
        var rendered = Rendered(key: source.key, html: html, diagnostics: [], record: source.record.path)
        for notice in notices {
            let place = SourceLocation(file: source.record.path, line: source.record.bodyFirstLine + notice.line - 1,
                                       column: notice.column)
            switch notice.kind {
            case .urlCutAtJapanese:
                rendered.diagnostics.append(.warning(.urlCutAtJapanese, at: place,
                                                     ["linked": .text(notice.linked), "leftOver": .text(notice.leftOver)]))
            case .fileLink, .fileImage:
                let isImage = notice.kind == .fileImage
                let (found, problem) = MediaCheck.check(notice.linked, at: place, in: folder, source: source.record,
                                                        asImage: isImage)
                if let found { rendered.usedFiles.append(found.name) }
                if let problem { rendered.diagnostics.append(problem) }
                if isImage, let altProblem = MediaCheck.bodyAltProblem(notice.leftOver, file: notice.linked, at: place) {
                    rendered.diagnostics.append(altProblem)
                }
            case .tableTooLarge:
                rendered.diagnostics.append(.warning(.bodyTableTooLarge, at: place,
                                                     ["columns": .number(notice.columns), "limit": .number(notice.limit)]))
            case .nestingTooDeep:
                rendered.diagnostics.append(.warning(.bodyNestingTooDeep, at: place, ["limit": .number(notice.limit)]))
            case .rowTooWide:
                rendered.diagnostics.append(.warning(.bodyTableRowTooWide, at: place,
                                                     ["cells": .number(notice.cells), "columns": .number(notice.columns),
                                                      "rows": .number(notice.rows)]))
            }
        }
        return rendered
    }

    /// How the body's links and images to the record's files are written:
    /// a file that may be published gets its site URL (and an image its
    /// size); anything else is left as written and reported.
    func fileLinks(_ folder: RecordFiles?) -> MarkdownFileLinks {
        let urls = self.urls
        return MarkdownFileLinks { name, isImage in
            guard let folder, case .found(let file) = folder.lookup(name), file.isUsable, let type = file.type,
                  !isImage || type.isImage else { return nil }
            return MarkdownLocalFile(url: urls.path(folder.outputPath(of: file)), width: file.image?.width,
                                     height: file.image?.height, linkSuffix: "（\(file.formatAndSize)）")
        }
    }
}

extension RecordKind {
    /// The layout of a record's own page.
    var layout: String {
        switch self {
        case .fields: return "field"
        case .groups: return "group"
        case .events: return "event"
        case .grants: return "grant"
        case .cases: return "case"
        case .news: return "news-item"
        case .pages: return "page"
        }
    }
}
