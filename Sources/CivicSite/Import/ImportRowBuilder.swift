/// Turns one row into the keys of a record file, with the problems found
/// in its cells.
struct ImportRowBuilder: Sendable {
    var kind: RecordKind
    var columns: [ImportColumn]
    /// What each column of the sheet is, nil for columns not imported.
    var targets: [ImportTarget?]
    var headers: [String]
    var mapping: ImportMapping?
    var fieldSpellings: ImportSpellings
    var groupSpellings: [String: String]
    var place: ImportPlace

    /// A row built, with the slug its name suggests.
    struct Built: Sendable {
        var row: Row
        var slug: String
    }

    struct Row: Sendable {
        var entries: [ImportRecordText.Entry] = []
        var body: String?
        var bodyColumn: Int?
        var title: String?
        var kana: String?
        var start: String?
        var diagnostics: [Diagnostic] = []
        /// Required keys reported as empty here: the record's own "missing
        /// key" for them would say the same less precisely.
        var missing: Set<String> = []
        var hasErrors: Bool { diagnostics.contains(where: \.isError) }
    }

    private struct Value {
        var scalar: ImportScalar?
        var items: [String]?
        var column: Int
    }

    func build(_ csv: CSVRow) -> Row {
        var row = Row()
        var values: [String: Value] = [:]
        var order: [String] = []
        var parts: [ImportTarget: (String, Int)] = [:]
        var bodies: [(String, Int)] = []
        func set(_ key: String, _ value: Value) {
            if values[key] == nil { order.append(key) }
            values[key] = value
        }
        func add(_ key: String, items: [String], column: Int) {
            guard !items.isEmpty else { return }
            if var existing = values[key], existing.items != nil {
                existing.items! += items.filter { !existing.items!.contains($0) }
                values[key] = existing
            } else {
                set(key, Value(items: items, column: column))
            }
        }
        for (column, target) in targets.enumerated() {
            guard let target else { continue }
            let raw = csv.text(column)
            switch target {
            case .key(let key, let valueKind):
                let cell = mapped(key, raw)
                if let scalar = scalar(key, cell, valueKind) { set(key, Value(scalar: scalar, column: column)) }
                if key == "start", let end = ImportValues.endOfRange(cell), values["end"] == nil {
                    set("end", Value(scalar: .quoted(end), column: column))
                }
            case .list(let key, let listKind):
                add(key, items: items(mapped(key, raw), listKind), column: column)
            case .fieldFlag(let slug):
                switch ImportValues.mark(raw) {
                case true?: add("fields", items: [slug], column: column)
                case false?: break
                case nil: row.diagnostics.append(.error(.badMark, at: place.cell(csv, column), ["value": .text(ImportValues.cell(raw))])
                    .noted(place.note(column)))
                }
            case .fieldWithoutCounterpart:
                switch ImportValues.mark(raw) {
                case true?: row.diagnostics.append(.warning(.fieldWithoutCounterpart, at: place.cell(csv, column)).noted(place.note(column)))
                case false?: break
                case nil: row.diagnostics.append(.error(.badMark, at: place.cell(csv, column), ["value": .text(ImportValues.cell(raw))])
                    .noted(place.note(column)))
                }
            case .setWhenMarked(let key, let value):
                switch ImportValues.mark(raw) {
                case true?: set(key, Value(scalar: .text(value), column: column))
                case false?: break
                case nil: row.diagnostics.append(.error(.badMark, at: place.cell(csv, column), ["value": .text(ImportValues.cell(raw))])
                    .noted(place.note(column)))
                }
            case .startDate, .startTime, .endDate, .endTime:
                let cell = ImportValues.cell(raw)
                if !cell.isEmpty, parts[target] == nil { parts[target] = (cell, column) }
            case .body:
                let cell = ImportValues.cell(raw)
                if !cell.isEmpty { bodies.append((cell, column)) }
            case .ignored:
                break
            }
        }
        combineDateParts(parts, set: set, values: values)
        for (key, value) in mapping?.defaults ?? [] where values[key] == nil {
            // A default comes from no cell: its problems are the row's.
            set(key, Value(scalar: .text(value), column: -1))
        }
        if !bodies.isEmpty {
            row.body = bodies.map(\.0).joined(separator: "\n\n")
            row.bodyColumn = bodies[0].1
        }
        if values["summary"] == nil, let body = row.body, let first = firstSentence(body), let column = row.bodyColumn {
            set("summary", Value(scalar: .text(first), column: column))
        }
        checkRequired(csv, values: values, parts: parts, into: &row)
        row.title = values["title"]?.scalar?.raw
        row.kana = values["kana"]?.scalar?.raw
        row.start = values["start"]?.scalar?.raw
        let canonical = columns.map(\.target.key)
        let sorted = order.enumerated().sorted { a, b in
            let ia = canonical.firstIndex(of: a.element) ?? Int.max, ib = canonical.firstIndex(of: b.element) ?? Int.max
            return (ia, a.offset) < (ib, b.offset)
        }.map(\.element)
        for key in sorted {
            guard let value = values[key] else { continue }
            // `fields: all` (a grant for every field) is a word, not a list.
            let written = value.items == ["all"] ? "all" : value.items.map(ImportYAML.list) ?? value.scalar!.written
            row.entries.append(.init(key: key, value: written, column: value.column))
        }
        return row
    }

    /// The cell as a mapping file's `values:` says to write it.
    private func mapped(_ key: String, _ raw: String) -> String {
        guard let table = mapping?.values[key], !table.isEmpty else { return raw }
        return table[WrittenText.folded(ImportValues.cell(raw))] ?? raw
    }

    private func scalar(_ key: String, _ cell: String, _ valueKind: ImportValueKind) -> ImportScalar? {
        switch key {
        // Numbers where the key takes one, text where it does not.
        case "fee":
            if let n = WrittenValue.wholeNumber(cell, .yen) { return .plain(String(n)) }
        case "capacity":
            if let n = WrittenValue.wholeNumber(cell, .people) { return .plain(String(n)) }
        case "online":
            if let b = WrittenValue.bool(cell) { return .plain(b ? "true" : "false") }
            return ImportValues.value(cell, .address)
        case "lat", "lon":
            // Decimal degrees stay a number; anything else is kept for check to explain.
            let folded = WrittenValue.trimmed(WrittenText.folded(ImportValues.cell(cell)))
            if let d = Double(folded), d.isFinite { return .plain(folded) }
        default:
            break
        }
        return ImportValues.value(cell, valueKind)
    }

    private func items(_ cell: String, _ listKind: ImportListKind) -> [String] {
        let text = ImportValues.cell(cell)
        guard !text.isEmpty else { return [] }
        switch listKind {
        case .fields:
            if ["すべて", "全分野", "全て", "all", "分野を問わない"].contains(WrittenText.folded(text)) { return ["all"] }
            return ImportLists.split(text, spellings: fieldSpellings)
        case .groupTypes: return ImportLists.split(text, spellings: ImportLists.groupTypeSpellings)
        case .groups: return ImportLists.groups(text, spellings: groupSpellings)
        case .words: return ImportLists.words(text)
        case .links: return ImportLists.links(text)
        }
    }

    /// An event's start and end from a date column and a time column.
    private func combineDateParts(_ parts: [ImportTarget: (String, Int)], set: (String, Value) -> Void, values: [String: Value]) {
        if values["start"] == nil, let date = parts[.startDate] {
            let text = parts[.startTime].map { date.0 + " " + $0.0 } ?? date.0
            if let scalar = ImportValues.value(text, .dateTime) { set("start", Value(scalar: scalar, column: date.1)) }
        }
        guard values["end"] == nil else { return }
        if parts[.endDate] == nil, parts[.endTime] == nil, let date = parts[.startDate], let end = ImportValues.endOfRange(date.0) {
            set("end", Value(scalar: .quoted(end), column: date.1))
            return
        }
        let endTime = parts[.endTime].map { (ImportValues.value($0.0, .time) ?? .text($0.0), $0.1) }
        if let date = parts[.endDate], date.0 != parts[.startDate]?.0 {
            let text = parts[.endTime].map { date.0 + " " + $0.0 } ?? date.0
            if let scalar = ImportValues.value(text, .dateTime) { set("end", Value(scalar: scalar, column: date.1)) }
        } else if let endTime {
            set("end", Value(scalar: endTime.0, column: endTime.1))
        }
    }

    /// The body's first sentence, for a sheet without a summary column.
    private func firstSentence(_ body: String) -> String? {
        let line = body.split(separator: "\n").first.map(String.init) ?? body
        guard let stop = line.firstIndex(of: "。") else { return line.isEmpty ? nil : line }
        return String(line[...stop])
    }

    /// Required keys whose cell is empty.
    private func checkRequired(_ csv: CSVRow, values: [String: Value], parts: [ImportTarget: (String, Int)], into row: inout Row) {
        var seen = Set<String>()
        for column in columns where column.required && seen.insert(column.target.key).inserted {
            let key = column.target.key
            if values[key] != nil { continue }
            row.missing.insert(key)
            let sheetColumn = targets.firstIndex { $0?.key == key }
            guard let sheetColumn else { continue }
            row.diagnostics.append(.error(.emptyRequiredCell, at: place.cell(csv, sheetColumn), ["key": .text(key)])
                .noted(place.note(sheetColumn)))
        }
    }
}

/// Where the cells of the CSV are, for messages.
struct ImportPlace: Sendable {
    var path: String
    var headers: [String]

    /// A cell: the line its text starts on, its column number (1 = A).
    func cell(_ row: CSVRow, _ column: Int) -> SourceLocation {
        SourceLocation(file: path, line: column < row.fields.count ? row.fields[column].line : row.line, column: column + 1)
    }

    func row(_ row: CSVRow) -> SourceLocation {
        SourceLocation(file: path, line: row.line, column: 1)
    }

    func note(_ column: Int) -> MessageArgument? {
        guard column < headers.count else { return nil }
        let header = WrittenValue.trimmed(headers[column])
        return header.isEmpty ? nil : .phrase(ImportText.inColumn, ["column": .text(header)])
    }
}

extension Diagnostic {
    /// The same problem with a note after its message.
    func noted(_ note: MessageArgument?) -> Diagnostic {
        var copy = self
        copy.note = note
        return copy
    }
}
