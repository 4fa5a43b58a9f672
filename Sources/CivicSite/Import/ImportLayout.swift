/// The header row of a sheet and what each of its columns becomes, with the
/// problems of the columns themselves (unknown, doubled, missing).
struct ImportLayout {
    var headerIndex: Int
    var headers: [String]
    var targets: [ImportTarget?]
    var diagnostics: [Diagnostic] = []

    /// The header row is the first of the first rows that names at least
    /// two known columns (a title row above it, 「令和8年度 登録団体一覧」,
    /// is passed over); nil when none names any.
    static func find(in rows: [CSVRow], kind: RecordKind, columns: [ImportColumn], mapping: ImportMapping?, path: String) -> ImportLayout? {
        var best: (index: Int, known: Int)?
        for (index, row) in rows.enumerated().prefix(20) where !row.isBlank {
            let targets = ImportHeaders.targets(headers: row.fields.map(\.text), columns: columns, mapping: mapping)
            let known = targets.compactMap { $0 }.count
            if known >= 2 { best = (index, known); break }
            if known == 1, best == nil { best = (index, known) }
        }
        guard let best else { return nil }
        let header = rows[best.index]
        var layout = ImportLayout(headerIndex: best.index, headers: header.fields.map(\.text),
                                  targets: ImportHeaders.targets(headers: header.fields.map(\.text), columns: columns, mapping: mapping))
        layout.check(header, rows: rows, kind: kind, columns: columns, path: path)
        return layout
    }

    private mutating func check(_ header: CSVRow, rows: [CSVRow], kind: RecordKind, columns: [ImportColumn], path: String) {
        var keyColumns: [String: Int] = [:]
        for (column, target) in targets.enumerated() {
            let at = SourceLocation(file: path, line: header.fields[column].line, column: column + 1)
            let name = WrittenValue.trimmed(headers[column])
            guard let target else {
                if !name.isEmpty { diagnostics.append(.warning(.unusedColumn, at: at, ["header": .text(name)])) }
                continue
            }
            guard case .key(let key, _) = target else { continue }
            if let first = keyColumns[key] {
                diagnostics.append(.warning(.columnReadTwice, at: at, ["header": .text(name), "key": .text(key),
                                                                        "other": .text(WrittenValue.trimmed(headers[first]))]))
                targets[column] = nil
            } else {
                keyColumns[key] = column
            }
        }
        // Values in a column without a header, once per column.
        var reported = Set<Int>()
        for row in rows[(headerIndex + 1)...] {
            for (column, field) in row.fields.enumerated() where !reported.contains(column) && !field.text.allSatisfy(\.isWhitespace) {
                guard column >= headers.count || WrittenValue.trimmed(headers[column]).isEmpty else { continue }
                reported.insert(column)
                diagnostics.append(.warning(.cellWithoutHeader, at: SourceLocation(file: path, line: field.line, column: column + 1)))
            }
        }
        var seen = Set<String>()
        for column in columns where column.required && seen.insert(column.target.key).inserted {
            let key = column.target.key
            guard !targets.contains(where: { $0?.key == key }) else { continue }
            // A summary is taken from the text's first sentence when there is a text column.
            if key == "summary", targets.contains(where: { $0 == .body }) { continue }
            let headers = columns.filter { $0.target.key == key }.flatMap(\.headers)
            diagnostics.append(.error(.missingColumn, at: SourceLocation(file: path, line: header.line, column: 1),
                                      ["key": .text(key), "kind": .term(Term.kind(kind)),
                                       "headers": .list(headers.map { .text($0) })]))
        }
    }

}
