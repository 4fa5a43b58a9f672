/// Renders a Markdown document (CommonMark 0.31.2 plus the site's
/// extensions) to an HTML fragment.
///
/// Rendering never fails: every input has an HTML rendering, so there are no
/// diagnostics here.
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
        let arena = MarkdownNodeArena()
        // The tree's links are unowned: the arena must outlive the writer's walk,
        // not just its own last use.
        return withExtendedLifetime(arena) {
            var blocks = MarkdownBlockParser(arena: arena, options: options)
            let document = blocks.parse(Array(markdown.utf8))
            var inlines = MarkdownInlineProcessor(arena: arena, options: options, references: blocks.references)
            inlines.process(document)
            var writer = MarkdownHTMLWriter(options: options)
            writer.write(document)
            return String(decoding: writer.output, as: UTF8.self)
        }
    }
}
