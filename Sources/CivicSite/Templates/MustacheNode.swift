/// One piece of a parsed template. Standalone lines and indentation are
/// resolved by the parser, so the renderer only walks the tree.
indirect enum MustacheNode: Sendable {
    case text(String)
    /// The start of a source line: where a standalone partial's indentation goes.
    case lineStart
    case variable(MustacheName, escaped: Bool, at: SourceLocation)
    case section(MustacheName, [MustacheNode], inverted: Bool, at: SourceLocation)
    /// `indentation` is nil when the tag is inline (not alone on its line).
    case partial(String, indentation: String?, at: SourceLocation)
    /// `{{<name}}…{{/name}}`: a partial whose blocks are replaced by `blocks`.
    case parent(String, indentation: String?, blocks: [String: MustacheBlock], at: SourceLocation)
    case block(MustacheBlock)
}
