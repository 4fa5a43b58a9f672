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
        var warnings: [Diagnostic]
    }

    let sources: [Source]
    private let renderers: [RecordKind: MarkdownRenderer]

    init(content: SiteContent, theme: ThemeTemplates) {
        var sources: [Source] = []
        sources += content.fields.map { Source(key: "fields/\($0.slug)", body: $0.body, record: $0.source, kind: .fields) }
        sources += content.groups.map { Source(key: "groups/\($0.slug)", body: $0.body, record: $0.source, kind: .groups) }
        sources += content.events.map { Source(key: "events/\($0.slug)", body: $0.body, record: $0.source, kind: .events) }
        sources += content.grants.map { Source(key: "grants/\($0.slug)", body: $0.body, record: $0.source, kind: .grants) }
        sources += content.cases.map { Source(key: "cases/\($0.slug)", body: $0.body, record: $0.source, kind: .cases) }
        sources += content.pages.map { Source(key: "pages/\($0.slug)", body: $0.body, record: $0.source, kind: .pages) }
        self.sources = sources
        let japanese = content.config.language.hasPrefix("ja")
        var renderers: [RecordKind: MarkdownRenderer] = [:]
        for kind in RecordKind.allCases {
            let heading = theme.headingAboveBody(inLayout: kind.layout)
            renderers[kind] = MarkdownRenderer(options: .site(japanese: japanese, reservedIDs: theme.literalIDs,
                                                              omitLeadingHeading: heading))
        }
        self.renderers = renderers
    }

    func render(_ source: Source) -> Rendered {
        let (html, notices) = renderers[source.kind]!.renderWithNotices(source.body)
        let warnings = notices.map { notice -> Diagnostic in
            let place = SourceLocation(file: source.record.path, line: source.record.bodyFirstLine + notice.line - 1,
                                       column: notice.column)
            switch notice.kind {
            case .urlCutAtJapanese:
                return .warning(.urlCutAtJapanese, at: place, ["linked": .text(notice.linked), "leftOver": .text(notice.leftOver)])
            case .tableTooLarge:
                return .warning(.bodyTableTooLarge, at: place, ["columns": .number(notice.columns), "limit": .number(notice.limit)])
            case .nestingTooDeep:
                return .warning(.bodyNestingTooDeep, at: place, ["limit": .number(notice.limit)])
            case .rowTooWide:
                return .warning(.bodyTableRowTooWide, at: place, ["cells": .number(notice.cells), "columns": .number(notice.columns),
                                                                  "rows": .number(notice.rows)])
            }
        }
        return Rendered(key: source.key, html: html, warnings: warnings)
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
        case .pages: return "page"
        }
    }
}
