/// Where one of the block parser's limits changed how a line was read, or
/// a table row had cells its table has no column for; the renderer turns
/// these into `MarkdownNotice`s.
struct MarkdownLimitHit {
    enum Kind {
        /// A table of this many columns could take no more rows.
        case table(columns: Int)
        case nesting
        /// A row of `cells` cells in table number `table` of `columns`
        /// columns: GFM drops the cells past the last column.
        case rowTooWide(cells: Int, columns: Int, table: Int)
    }

    let kind: Kind
    /// Where the text that is no longer a row or a container starts, in the parser's buffer.
    let offset: Int
}

extension MarkdownBlockParser {
    /// A table holds at most this many cells, its header row included
    /// (rows × columns, short rows counted as padded). The line that would
    /// go past it, and the table's lines after it, are a paragraph of plain
    /// text, so nothing written is lost; a header alone wider than this
    /// makes no table.
    ///
    /// Padding is where the cost hides: a header of 4,000 columns and 4,000
    /// one-cell rows, 32 KB of input, would be 16 million cells and 160 MB
    /// of HTML. 10,000 cells are at most about 150 KB of HTML, and already
    /// a thousand rows of ten columns: longer than anyone reads on a page.
    static let maxTableCells = 10_000

    /// Whether one more row still fits in `table`.
    func tableHasRoom(_ table: MarkdownNode) -> Bool {
        (table.tableRows + 1) * max(table.alignments.count, 1) <= Self.maxTableCells
    }

    /// How many block quotes and list items hold `node`, itself included.
    /// Only called under a nesting limit, so the walk is short.
    func containerDepth(of node: MarkdownNode) -> Int {
        var depth = 0
        var current: MarkdownNode? = node
        while let n = current {
            if n.kind == .blockQuote || n.kind == .item { depth += 1 }
            current = n.parent
        }
        return depth
    }

    /// Notes a row whose cells past the table's columns hold text: GFM
    /// drops them from the page, which must not happen silently.
    mutating func noteWideRow(_ row: ArraySlice<UInt8>, in table: MarkdownNode) {
        let columns = table.alignments.count
        guard MarkdownTableScanner.cellCount(of: row) > columns else { return }
        let cells = MarkdownTableScanner.cells(of: row)
        guard cells[columns...].contains(where: { !MarkdownBytes.trimmed($0[...]).isEmpty }) else { return }
        limitHits.append(MarkdownLimitHit(kind: .rowTooWide(cells: cells.count, columns: columns, table: Int(table.startLine)),
                                          offset: firstNonspace))
    }

    /// Notes a container marker left as text at `firstNonspace`; a run of
    /// such lines is one notice, at its first line.
    mutating func noteNestingLimit() {
        if lineNumber != lastNestingLimitLine + 1 {
            limitHits.append(MarkdownLimitHit(kind: .nesting, offset: firstNonspace))
        }
        lastNestingLimitLine = lineNumber
    }
}
