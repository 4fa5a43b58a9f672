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
    /// Notices come only from the Japanese body rules (site mode with
    /// `japanese`); otherwise the list is empty.
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
            guard recordsPositions, !inlines.cuts.isEmpty || !writer.fileReferences.isEmpty else { return (html, []) }
            let positions = MarkdownSourceLines(blocks.buf).positions(of: inlines.cuts.map(\.offset)
                                                                      + writer.fileReferences.map(\.offset))
            var notices = zip(inlines.cuts, positions).map { cut, position in
                MarkdownNotice(kind: .urlCutAtJapanese, line: position.line, column: position.column,
                               linked: String(decoding: cut.linked, as: UTF8.self),
                               leftOver: String(decoding: cut.leftOver, as: UTF8.self))
            }
            notices += zip(writer.fileReferences, positions.dropFirst(inlines.cuts.count)).map { reference, position in
                MarkdownNotice(kind: reference.isImage ? .fileImage : .fileLink, line: position.line, column: position.column,
                               linked: reference.name, leftOver: reference.text)
            }
            // Stable: two notices at one place keep their order.
            return (html, notices.enumerated().sorted { ($0.element.line, $0.element.column, $0.offset)
                < ($1.element.line, $1.element.column, $1.offset) }.map(\.element))
        }
    }
}
