/// `{{$name}}…{{/name}}`: a replaceable part of a layout, or the content that
/// replaces it when written inside a parent tag.
///
/// Block content is stored outdented: the parser removes the block's own
/// indentation from each line, and `indentation` is added back wherever the
/// block is expanded, so a replacement lines up with the block it replaces.
struct MustacheBlock: Sendable {
    let name: String
    let nodes: [MustacheNode]
    /// Added to the lines of whatever content fills this block here.
    let indentation: String
    /// True when the opening tag stood alone on its line, so the content's
    /// first line starts a line and needs the indentation too.
    let indentsFirstLine: Bool
    let location: SourceLocation
}
