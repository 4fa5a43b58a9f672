/// Where a line that is used up before the innermost open container
/// stopped matching, remembered for the next such line.
///
/// A blank line, or a `>` with nothing after it inside a block quote, is
/// used up (nothing is left to consume) while open containers remain. From
/// there on every open list, item with content, code block and HTML block
/// of types 1–5 matches without consuming anything, and the first block
/// quote, empty item, paragraph, heading, table or HTML block of type 6 or
/// 7 does not: the outcome depends only on the open blocks, not on the line.
/// Walking them again for every such line made `- - - … x` followed by
/// blank lines (or by `>` lines inside a quote, or by blank lines in a
/// fence) quadratic.
struct MarkdownUsedUpLineMatch {
    /// The container whose open children the walk started from.
    unowned(unsafe) let from: MarkdownNode
    /// The deepest matched container.
    unowned(unsafe) let result: MarkdownNode
    /// `MarkdownBlockParser.structureVersion` when it was computed.
    let version: Int
}

extension MarkdownBlockParser {
    /// The remembered outcome for a used-up line reaching `from`, while no
    /// block has opened or closed since.
    func usedUpLineMatch(from: MarkdownNode) -> MarkdownNode? {
        guard let known = usedUpLineMatch, known.from === from, known.version == structureVersion else { return nil }
        return known.result
    }

    mutating func rememberUsedUpLineMatch(from: MarkdownNode, result: MarkdownNode) {
        usedUpLineMatch = MarkdownUsedUpLineMatch(from: from, result: result, version: structureVersion)
    }
}
