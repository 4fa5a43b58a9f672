extension MarkdownBlockParser {
    /// When the current line is a GFM delimiter row whose cell count matches
    /// the paragraph's last line, the column alignments.
    mutating func tableDelimiterRow(for paragraph: MarkdownNode) -> [MarkdownTableAlignment]? {
        guard let alignments = MarkdownTableScanner.delimiterRow(buf, from: firstNonspace, end: lineEnd) else { return nil }
        let header = Self.lastLine(of: paragraph.content)
        guard header.contains(UInt8(ascii: "|")) || buf[firstNonspace..<lineEnd].contains(UInt8(ascii: "|")) else { return nil }
        guard MarkdownTableScanner.cells(of: header).count == alignments.count else { return nil }
        guard alignments.count <= Self.maxTableCells else {
            limitHits.append(MarkdownLimitHit(kind: .table(columns: alignments.count), offset: firstNonspace))
            return nil
        }
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
        table.tableRows = 1
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

    /// Adds the current line as a body row (room for it was checked when
    /// the line was matched), noting cells it has past the last column.
    mutating func addTableRow(to table: MarkdownNode) {
        let row = arena.make(.tableRow)
        row.isOpen = false
        row.content = Array(buf[firstNonspace..<lineEnd])
        if recordsSourcePositions { row.appendSourceAnchor(content: 0, source: firstNonspace) }
        table.append(row)
        table.tableRows += 1
        noteWideRow(row.content[...], in: table)
    }
}
