/// Runs the inline parser over every paragraph, heading and table cell of
/// a parsed document, then applies the inline extensions.
struct MarkdownInlineProcessor {
    let arena: MarkdownNodeArena
    let options: MarkdownOptions
    let references: [[UInt8]: MarkdownReference]
    /// Whether leaf blocks carry source maps (set when notices are wanted).
    var recordsSourcePositions = false
    /// URLs cut at Japanese text, with offsets in the parser's buffer.
    var cuts: [MarkdownURLCut] = []

    init(arena: MarkdownNodeArena, options: MarkdownOptions, references: [[UInt8]: MarkdownReference],
         recordsSourcePositions: Bool = false) {
        self.arena = arena
        self.options = options
        self.references = references
        self.recordsSourcePositions = recordsSourcePositions
    }

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
        let cells = recordsSourcePositions
            ? MarkdownTableScanner.cellsWithOffsets(of: row.content[...])
            : MarkdownTableScanner.cells(of: row.content[...]).map { (text: $0, map: MarkdownSourceMap()) }
        row.content = []
        for index in 0..<columns {
            let cell = arena.make(.tableCell)
            cell.isHeader = row.isHeader
            row.append(cell)
            guard index < cells.count else { continue }
            if recordsSourcePositions { cell.sourceMap = row.sourceMap.composed(with: cells[index].map) }
            parseInlines(cells[index].text, into: cell)
        }
    }

    /// Links and images carry the content offset of their bracket; notices
    /// about them need the source offset.
    private func mapLinkOffsets(in block: MarkdownNode) {
        var stack: [MarkdownNode] = []
        var child = block.firstChild
        while let node = child { stack.append(node); child = node.next }
        while let node = stack.popLast() {
            if node.kind == .link || node.kind == .image {
                let offset = Int(node.sourceOffset)
                node.sourceOffset = offset < 0 ? -1 : Int32(truncatingIfNeeded: block.sourceMap.source(of: offset) ?? -1)
            }
            var inner = node.firstChild
            while let c = inner { stack.append(c); inner = c.next }
        }
    }

    private mutating func parseInlines(_ text: [UInt8], into block: MarkdownNode) {
        var parser = MarkdownInlineParser(arena: arena, options: options, references: references, text: text, into: block)
        parser.parse()
        if recordsSourcePositions { mapLinkOffsets(in: block) }
        guard options.extensions else { return }
        var linker = MarkdownBareURLLinker(arena: arena, japanese: options.japaneseBodyRules)
        linker.link(in: block)
        for cut in linker.cuts {
            let source = cut.offset < 0 ? nil : block.sourceMap.source(of: cut.offset)
            cuts.append(MarkdownURLCut(offset: source ?? -1, linked: cut.linked, leftOver: cut.leftOver))
        }
    }
}
