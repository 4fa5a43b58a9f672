/// The text of one record file made from a row, and which line of it came
/// from which column, so that what the record's checks find is reported
/// at the cell.
struct ImportRecordText: Sendable {
    /// One `key: value` of the front matter; `key` may name a key of a
    /// mapping (`contact.phone`).
    struct Entry: Sendable {
        var key: String
        var value: String
        /// The column (0-based) it came from.
        var column: Int
    }

    var text: String
    /// Front-matter line → column.
    var lineColumns: [Int: Int]
    var bodyFirstLine: Int
    var bodyColumn: Int?

    /// Keys in the order a person writes them; the parts of a mapping
    /// (`contact.*`) are grouped under it, where its first part stands.
    init(entries: [Entry], body: String?, bodyColumn: Int?) {
        var lines = ["---"]
        var columns: [Int: Int] = [:]
        var done = Set<Int>()
        for (index, entry) in entries.enumerated() where !done.contains(index) {
            guard let dot = entry.key.firstIndex(of: ".") else {
                lines.append("\(entry.key): \(entry.value)")
                columns[lines.count] = entry.column
                continue
            }
            let parent = String(entry.key[..<dot])
            lines.append("\(parent):")
            columns[lines.count] = entry.column
            for (j, part) in entries.enumerated() where j >= index && part.key.hasPrefix(parent + ".") {
                done.insert(j)
                let child = String(part.key.dropFirst(parent.count + 1))
                lines.append("  \(ImportYAML.text(child)): \(part.value)")
                columns[lines.count] = part.column
            }
        }
        lines.append("---")
        bodyFirstLine = lines.count + 1
        var text = lines.joined(separator: "\n") + "\n"
        if let body, !body.isEmpty {
            text += body.hasSuffix("\n") ? body : body + "\n"
        }
        self.text = text
        self.lineColumns = columns
        self.bodyColumn = bodyColumn
    }

    /// The column a line of the file came from, nil for the `---` lines.
    func column(ofLine line: Int) -> Int? {
        if line >= bodyFirstLine { return bodyColumn }
        return lineColumns[line].flatMap { $0 >= 0 ? $0 : nil }
    }
}
