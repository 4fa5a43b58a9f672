/// An entry of the bracket stack: a `[` or `![` that may start a link or image.
struct MarkdownBracket {
    unowned(unsafe) let node: MarkdownNode
    /// Index just after the bracket, where the link text starts.
    let position: Int
    let isImage: Bool
    /// Top of the delimiter stack when the bracket was pushed.
    let previousDelimiter: Int
    /// Another bracket followed this one, so it cannot be a shortcut reference.
    var bracketAfter = false
}
