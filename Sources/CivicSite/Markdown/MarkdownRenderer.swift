/// Renders a Markdown document (CommonMark 0.31.2 plus the site's
/// extensions) to an HTML fragment.
///
/// Rendering never fails: every input has an HTML rendering, so there are no
/// diagnostics here. What probably did not come out as meant is reported as
/// `MarkdownNotice`s by `renderWithNotices(_:)`.
public struct MarkdownRenderer: Sendable {
    /// Trust level, extensions and Japanese rules used for every render.
    public let options: MarkdownOptions

    /// A renderer with `options`; the default is the safe site mode with
    /// extensions and the Japanese rules on.
    public init(options: MarkdownOptions = .init()) {
        self.options = options
    }

    /// Renders `markdown` and returns the HTML fragment.
    public func render(_ markdown: String) -> String {
        run(markdown, collectsNotices: false).html
    }

    /// Renders `markdown` and also returns what probably did not come out as
    /// its writer meant, in source order. The HTML is the same as `render`'s.
    /// A URL cut at Japanese text is noticed only under the Japanese body
    /// rules (site mode with `japanese`); a table past `maxTableCells`, a
    /// row with cells past its table's columns and nesting past
    /// `MarkdownOptions.nestingLimit` in every mode.
    ///
    /// With `files`, links and images that name a file beside the record
    /// are written with the URL `files` gives (images with their size,
    /// `loading="lazy"` and `decoding="async"`), and each is a notice
    /// (`.fileLink`, `.fileImage`) whatever the language.
    public func renderWithNotices(_ markdown: String, files: MarkdownFileLinks? = nil) -> (html: String, notices: [MarkdownNotice]) {
        run(markdown, collectsNotices: true, files: files)
    }

    private func run(_ markdown: String, collectsNotices: Bool, files: MarkdownFileLinks? = nil) -> (html: String, notices: [MarkdownNotice]) {
        let recordsPositions = collectsNotices && (options.japaneseBodyRules || files != nil)
        let arena = MarkdownNodeArena()
        // The tree's links are unowned: the arena must outlive the writer's walk,
        // not just its own last use.
        return withExtendedLifetime(arena) {
            var blocks = MarkdownBlockParser(arena: arena, options: options, recordsSourcePositions: recordsPositions)
            let document = blocks.parse(Array(markdown.utf8))
            if options.japaneseBodyRules {
                MarkdownMiddleDotLists(arena: arena, recordsSourcePositions: recordsPositions).apply(to: document)
            }
            var inlines = MarkdownInlineProcessor(arena: arena, options: options, references: blocks.references,
                                                  recordsSourcePositions: recordsPositions)
            inlines.process(document)
            if let heading = options.omitLeadingHeading { MarkdownLeadingHeading.omit(heading, from: document) }
            var writer = MarkdownHTMLWriter(options: options, files: files)
            writer.write(document)
            let html = String(decoding: writer.output, as: UTF8.self)
            let references = writer.fileReferences
            guard collectsNotices, !inlines.cuts.isEmpty || !references.isEmpty || !blocks.limitHits.isEmpty else { return (html, []) }
            let cuts = recordsPositions ? inlines.cuts : []
            let positions = MarkdownSourceLines(blocks.buf).positions(of: cuts.map(\.offset) + references.map(\.offset)
                                                                      + blocks.limitHits.map(\.offset))
            var notices = zip(cuts, positions).map { cut, position in
                MarkdownNotice(kind: .urlCutAtJapanese, line: position.line, column: position.column,
                               linked: String(decoding: cut.linked, as: UTF8.self),
                               leftOver: String(decoding: cut.leftOver, as: UTF8.self))
            }
            notices += zip(references, positions.dropFirst(cuts.count)).map { reference, position in
                MarkdownNotice(kind: reference.isImage ? .fileImage : .fileLink, line: position.line, column: position.column,
                               linked: reference.name, leftOver: reference.text)
            }
            notices += blockNotices(blocks.limitHits, at: Array(positions.dropFirst(cuts.count + references.count)))
            // Stable: two notices at one place keep their order.
            return (html, notices.enumerated().sorted { ($0.element.line, $0.element.column, $0.offset)
                < ($1.element.line, $1.element.column, $1.offset) }.map(\.element))
        }
    }

    /// One notice per hit, except rows too wide: one per table, at its first.
    private func blockNotices(_ hits: [MarkdownLimitHit], at positions: [(line: Int, column: Int)]) -> [MarkdownNotice] {
        var notices: [MarkdownNotice] = []
        var wideRows: [Int: Int] = [:]  // table → index in notices
        for (hit, position) in zip(hits, positions) {
            switch hit.kind {
            case .table(let columns):
                notices.append(MarkdownNotice(kind: .tableTooLarge, line: position.line, column: position.column,
                                              columns: columns, limit: MarkdownBlockParser.maxTableCells))
            case .nesting:
                notices.append(MarkdownNotice(kind: .nestingTooDeep, line: position.line, column: position.column,
                                              limit: options.nestingLimit ?? 0))
            case .rowTooWide(let cells, let columns, let table):
                if let index = wideRows[table] {
                    notices[index].rows += 1
                } else {
                    wideRows[table] = notices.count
                    notices.append(MarkdownNotice(kind: .rowTooWide, line: position.line, column: position.column,
                                                  columns: columns, cells: cells, rows: 1))
                }
            }
        }
        return notices
    }
}

extension MarkdownRenderer {
    /// The most cells one table may have (rows × columns, header included);
    /// see `MarkdownNotice.Kind.tableTooLarge`.
    public static var maxTableCells: Int { MarkdownBlockParser.maxTableCells }
}
