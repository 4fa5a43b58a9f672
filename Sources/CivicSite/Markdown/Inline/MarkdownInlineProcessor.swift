/// Runs the inline parser over every paragraph, heading and table cell of
/// a parsed document, then applies the inline extensions.
struct MarkdownInlineProcessor {
    let arena: MarkdownNodeArena
    let options: MarkdownOptions
    let references: [[UInt8]: MarkdownReference]

    mutating func process(_ document: MarkdownNode) {
        // An explicit stack rather than recursion: block nesting can be tens of thousands deep.
        var stack: [MarkdownNode] = [document]
        while let block = stack.popLast() {
            switch block.kind {
            case .paragraph, .heading:
                parseInlines(block.content, into: block)
                block.content = []
            case .table:
                for row in children(of: block) { splitCells(row, columns: block.alignments.count) }
            default:
                if block.kind.isContainerBlock {
                    var child = block.lastChild
                    while let node = child {
                        stack.append(node)
                        child = node.previous
                    }
                }
            }
        }
    }

    private func children(of node: MarkdownNode) -> [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = node.firstChild
        while let current = child {
            result.append(current)
            child = current.next
        }
        return result
    }

    private mutating func splitCells(_ row: MarkdownNode, columns: Int) {
        let cells = MarkdownTableScanner.cells(of: row.content[...])
        row.content = []
        for index in 0..<columns {
            let cell = arena.make(.tableCell)
            cell.isHeader = row.isHeader
            row.append(cell)
            if index < cells.count { parseInlines(cells[index], into: cell) }
        }
    }

    private mutating func parseInlines(_ text: [UInt8], into block: MarkdownNode) {
        var parser = MarkdownInlineParser(arena: arena, options: options, references: references, text: text, into: block)
        parser.parse()
        if options.extensions { MarkdownBareURLLinker(arena: arena).link(in: block) }
    }
}
