extension MarkdownBlockParser {
    /// At most this many empty cells are added to rows shorter than the
    /// header; the first line after the table passes it is no longer a row
    /// (it starts a paragraph), as in cmark-gfm (`MAX_AUTOCOMPLETED_CELLS`,
    /// 0x80000) and markdown-it (0x10000, the value taken here).
    ///
    /// Without a cap a table of 4,000 columns and 4,000 one-cell rows, 32 KB
    /// of input, became 16 million cells: 160 MB of HTML and 2 GB of memory.
    /// 65,536 padded cells are at most about 1 MB of HTML, while a real table
    /// of 20 columns would need over 3,000 one-cell rows to reach it.
    static let maxPaddedTableCells = 65_536

    /// When the current line is a GFM delimiter row whose cell count matches
    /// the paragraph's last line, the column alignments.
    mutating func tableDelimiterRow(for paragraph: MarkdownNode) -> [MarkdownTableAlignment]? {
        guard let alignments = MarkdownTableScanner.delimiterRow(buf, from: firstNonspace, end: lineEnd) else { return nil }
        let header = Self.lastLine(of: paragraph.content)
        guard header.contains(UInt8(ascii: "|")) || buf[firstNonspace..<lineEnd].contains(UInt8(ascii: "|")) else { return nil }
        guard MarkdownTableScanner.cells(of: header).count == alignments.count else { return nil }
        return alignments
    }

    /// Turns the paragraph's last line into a table header; earlier lines stay a paragraph.
    mutating func startTable(from paragraph: MarkdownNode, alignments: [MarkdownTableAlignment]) -> MarkdownNode {
        let headerLine = Self.lastLine(of: paragraph.content)
        let header = Array(headerLine)
        let headerSource = recordsSourcePositions ? paragraph.sourceMap.source(of: headerLine.startIndex) : nil
        paragraph.content.removeLast(header.count + 1)
        let table: MarkdownNode
        if resolveReferenceDefinitions(in: paragraph) {
            table = addChild(.table, to: paragraph)
        } else {
            paragraph.kind = .table
            structureVersion += 1
            paragraph.content = []
            table = paragraph
        }
        table.alignments = alignments
        let row = arena.make(.tableRow)
        row.isOpen = false
        row.isHeader = true
        row.content = header
        if let headerSource { row.appendSourceAnchor(content: 0, source: headerSource) }
        table.append(row)
        return table
    }

    static func lastLine(of content: [UInt8]) -> ArraySlice<UInt8> {
        var end = content.count
        if end > 0 && content[end - 1] == MarkdownBytes.newline { end -= 1 }
        var start = end
        while start > 0 && content[start - 1] != MarkdownBytes.newline { start -= 1 }
        return content[start..<end]
    }

    /// Adds the current line as a body row, counting the empty cells it
    /// will be padded with.
    mutating func addTableRow(to table: MarkdownNode) {
        let row = arena.make(.tableRow)
        row.isOpen = false
        row.content = Array(buf[firstNonspace..<lineEnd])
        if recordsSourcePositions { row.appendSourceAnchor(content: 0, source: firstNonspace) }
        table.append(row)
        let missing = table.alignments.count - MarkdownTableScanner.cellCount(of: row.content[...])
        if missing > 0 { table.tablePaddedCells += missing }
    }
}
