import Foundation

/// The record files an import will make: slugs chosen, rows that repeat or
/// are already there passed over, and the problems the record checks find
/// taken back to the rows and columns they came from.
struct ImportPlan {
    struct Record {
        var file: ContentFile
        var text: ImportRecordText
        var row: CSVRow
        var location: SourceLocation
        var missing: Set<String>
    }

    var options: ImportOptions
    var place: ImportPlace
    var records: [Record] = []
    var diagnostics: [Diagnostic] = []
    var skipped = 0
    /// Slugs taken by existing files and by earlier rows.
    private var taken: Set<String>
    /// Existing records of the kind by what identifies them (title, or title and start).
    private var existingByName: [String: String] = [:]
    private var rowsByName: [String: Int] = [:]
    private var rowsByCells: [[String]: Int] = [:]
    private var byPath: [String: Int] = [:]

    init(options: ImportOptions, existing: SiteContent, place: ImportPlace) {
        self.options = options
        self.place = place
        var taken = Set<String>()
        let folder = options.contentDirectory.appendingPathComponent(options.kind.rawValue)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            taken.insert(name.hasSuffix(".md") ? String(name.dropLast(3)) : name)
        }
        var known: [(String, String, String)] = []
        switch options.kind {
        case .groups: known = existing.groups.map { ($0.slug, Self.name($0.title), $0.source.path) }
        case .events: known = existing.events.map { ($0.slug, Self.name($0.title, $0.start.moment.description), $0.source.path) }
        case .grants: known = existing.grants.map { ($0.slug, Self.name($0.title), $0.source.path) }
        case .cases: known = existing.cases.map { ($0.slug, Self.name($0.title), $0.source.path) }
        case .fields, .news, .pages: break
        }
        var names: [String: String] = [:]
        for (slug, name, path) in known {
            taken.insert(slug)
            if names[name] == nil { names[name] = path }
        }
        existingByName = names
        self.taken = taken
    }

    static func name(_ title: String, _ start: String? = nil) -> String {
        var folded = WrittenText.folded(title)
        folded.unicodeScalars.removeAll { $0.properties.isWhitespace }
        return folded + (start.map { "\u{0}" + $0 } ?? "")
    }

    /// `suggested` is `suggestedSlug(row, csv:, kind:)`, worked out beforehand
    /// on several threads (romanising is most of a row's time).
    mutating func add(_ csv: CSVRow, _ row: ImportRowBuilder.Row, suggested: String, layout: ImportLayout) {
        let cells = csv.fields.map { ImportValues.cell($0.text) }
        if let earlier = rowsByCells[cells] {
            diagnostics.append(.warning(.repeatedRow, at: place.row(csv), ["other": .number(earlier)]))
            skipped += 1
            return
        }
        rowsByCells[cells] = csv.line
        diagnostics.append(contentsOf: row.diagnostics)
        guard let title = row.title else { return }
        let start = options.kind == .events ? row.start.flatMap { s -> String? in
            if case .success(let t) = DecodingDateText.dateTime(s) { return t.description }
            if case .success(let d) = DecodingDateText.date(s) { return DateTime(date: d, hour: 0, minute: 0).description }
            return s
        } : nil
        let name = Self.name(title, start)
        let titleColumn = layout.targets.firstIndex { $0?.key == "title" } ?? 0
        if let path = existingByName[name] {
            diagnostics.append(.warning(.recordExists, at: place.cell(csv, titleColumn), ["title": .text(title), "path": .text(path)])
                .noted(place.note(titleColumn)))
            skipped += 1
            return
        }
        var slug = suggested
        var entries = row.entries
        if let given = entries.firstIndex(where: { $0.key == "slug" }) {
            let value = WrittenValue.trimmed(WrittenText.folded(entries[given].value))
            if SlugRules.isValid(value) {
                slug = value
                entries.remove(at: given)
            }
        }
        slug = unique(slug)
        if let earlier = rowsByName[name] {
            diagnostics.append(.warning(.sameNameAsRow, at: place.cell(csv, titleColumn),
                                        ["title": .text(title), "other": .number(earlier), "slug": .text(slug)])
                .noted(place.note(titleColumn)))
        } else {
            rowsByName[name] = csv.line
        }
        taken.insert(slug)
        let text = ImportRecordText(entries: entries, body: row.body, bodyColumn: row.bodyColumn)
        let folder = options.contentDirectory.appendingPathComponent(options.kind.rawValue)
        let display = "\(options.contentDisplayPath)/\(options.kind.rawValue)/\(slug).md"
        let file = ContentFile(kind: options.kind, path: folder.appendingPathComponent("\(slug).md").path,
                               displayPath: display, fileName: "\(slug).md", data: Data(text.text.utf8))
        byPath[display] = records.count
        records.append(Record(file: file, text: text, row: csv, location: place.row(csv), missing: row.missing))
    }

    /// A slug from the name (read with its kana for a group), with the month
    /// of an event or the year of a case before it as the sample content
    /// names them; `group-12` (the row's line) when the name cannot be read.
    static func suggestedSlug(_ row: ImportRowBuilder.Row, csv: CSVRow, kind: RecordKind) -> String {
        let title = row.title ?? ""
        let reading = kind == .groups ? row.kana.map { WrittenText.folded($0) } : nil
        var base = SlugSuggestion.suggestion(title: title, reading: reading, fileStem: "") ?? ""
        if base.count > 48 {
            let cut = base.prefix(48)
            base = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut)
        }
        let singular = ["groups": "group", "events": "event", "grants": "grant", "cases": "case"][kind.rawValue] ?? "record"
        if base.isEmpty { base = "\(singular)-\(csv.line)" }
        switch kind {
        case .events:
            if let start = row.start, start.count >= 7, SlugRules.isValid(String(start.prefix(7))) {
                return String(start.prefix(7)) + "-" + base
            }
        case .cases:
            if let year = row.entries.first(where: { $0.key == "fiscal_year" })?.value, year.count == 4, Int(year) != nil {
                return year + "-" + base
            }
        default: break
        }
        return base
    }

    private func unique(_ slug: String) -> String {
        guard taken.contains(slug) else { return slug }
        var n = 2
        while taken.contains("\(slug)-\(n)") { n += 1 }
        return "\(slug)-\(n)"
    }

    /// The record checks' problems, those of new records moved to their cells.
    func located(_ found: DiagnosticList) -> [Diagnostic] {
        found.items.compactMap { d in
            guard let index = byPath[d.location.file] else { return d }
            let record = records[index]
            if d.entry == .missingKey, case .text(let key)? = d.arguments["key"], record.missing.contains(key) { return nil }
            var moved = d
            if let column = record.text.column(ofLine: d.location.line) {
                moved.location = place.cell(record.row, column)
                moved.note = place.note(column)
            } else {
                moved.location = place.row(record.row)
            }
            return moved
        }
    }
}
