/// Every kind of node in the Markdown tree, blocks then inlines.
enum MarkdownNodeKind: Equatable {
    case document, blockQuote, list, item, paragraph, heading, thematicBreak
    case codeBlock, htmlBlock, table, tableRow, tableCell
    case text, softBreak, hardBreak, code, inlineHTML
    case emphasis, strong, strikethrough, link, image

    var isContainerBlock: Bool {
        switch self {
        case .document, .blockQuote, .list, .item: return true
        default: return false
        }
    }

    /// Blocks that take the rest of a line as content.
    var acceptsLines: Bool {
        switch self {
        case .paragraph, .heading, .codeBlock, .htmlBlock, .table: return true
        default: return false
        }
    }

    func canContain(_ child: MarkdownNodeKind) -> Bool {
        switch self {
        case .document, .blockQuote, .item: return child != .item
        case .list: return child == .item
        default: return false
        }
    }
}
