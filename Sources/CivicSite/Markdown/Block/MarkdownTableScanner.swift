/// GFM table rows: the delimiter row and splitting a row into cells.
enum MarkdownTableScanner {
    /// `| :--- | ---: | :-: |`: one alignment per cell, or nil if the line is not a delimiter row.
    static func delimiterRow(_ bytes: [UInt8], from start: Int, end: Int) -> [MarkdownTableAlignment]? {
        let row = bytes[start..<end]
        guard row.contains(UInt8(ascii: "-")) else { return nil }
        var alignments: [MarkdownTableAlignment] = []
        for cell in cells(of: row) {
            let text = MarkdownBytes.trimmed(cell[...])
            guard !text.isEmpty else { return nil }
            let left = text.first == UInt8(ascii: ":")
            let right = text.count > 1 && text.last == UInt8(ascii: ":")
            let dashes = text.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return alignments.isEmpty ? nil : alignments
    }

    /// The cells of a row, split on unescaped pipes, without the optional outer pipes.
    /// `\|` inside a cell becomes `|` so that inline parsing sees a plain pipe.
    static func cells(of row: ArraySlice<UInt8>) -> [[UInt8]] {
        split(row, mapping: false).map(\.text)
    }

    /// The cells with, for each, where its bytes are in the row (offsets
    /// into the row's base array): the start, and again after each `\|`.
    static func cellsWithOffsets(of row: ArraySlice<UInt8>) -> [(text: [UInt8], map: MarkdownSourceMap)] {
        split(row, mapping: true)
    }

    private static func split(_ row: ArraySlice<UInt8>, mapping: Bool) -> [(text: [UInt8], map: MarkdownSourceMap)] {
        let text = innerRow(row)
        var result: [(text: [UInt8], map: MarkdownSourceMap)] = []
        var cell: [UInt8] = []
        var map = MarkdownSourceMap()
        if mapping { map.append(content: 0, source: text.startIndex) }
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c == UInt8(ascii: "\\") && i + 1 < text.endIndex && text[i + 1] == UInt8(ascii: "|") {
                if mapping { map.append(content: cell.count, source: i + 1) }
                cell.append(UInt8(ascii: "|"))
                i += 2
                if mapping { map.append(content: cell.count, source: i) }
                continue
            }
            if c == UInt8(ascii: "|") {
                result.append((cell, map))
                cell = []
                map = MarkdownSourceMap()
                if mapping { map.append(content: 0, source: i + 1) }
            } else {
                cell.append(c)
            }
            i += 1
        }
        result.append((cell, map))
        return result
    }

    /// How many cells `cells(of:)` finds, without building them.
    static func cellCount(of row: ArraySlice<UInt8>) -> Int {
        let text = innerRow(row)
        var count = 1
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == UInt8(ascii: "\\") && i + 1 < text.endIndex && text[i + 1] == UInt8(ascii: "|") {
                i += 2
                continue
            }
            if text[i] == UInt8(ascii: "|") { count += 1 }
            i += 1
        }
        return count
    }

    /// The row without surrounding whitespace and without its optional
    /// leading and (unescaped) trailing pipe.
    private static func innerRow(_ row: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var text = MarkdownBytes.trimmed(row)
        if text.first == UInt8(ascii: "|") { text = text.dropFirst() }
        if text.last == UInt8(ascii: "|") {
            var backslashes = 0
            var k = text.endIndex - 2
            while k >= text.startIndex && text[k] == UInt8(ascii: "\\") { backslashes += 1; k -= 1 }
            if backslashes % 2 == 0 { text = text.dropLast() }
        }
        return text
    }
}
