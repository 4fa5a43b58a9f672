import Foundation

/// What to import, and where.
public struct ImportOptions: Sendable {
    public var kind: RecordKind
    public var csv: URL
    /// How the CSV is named in messages, as typed.
    public var csvDisplayPath: String
    public var contentDirectory: URL
    public var contentDisplayPath: String
    /// A mapping file's path, or the name of a built-in mapping (`npo-portal`).
    public var mapping: String?
    public var dryRun: Bool
    /// The day dates without a year are counted from, in hints.
    public var today: LocalDate?

    public init(kind: RecordKind, csv: URL, csvDisplayPath: String, contentDirectory: URL, contentDisplayPath: String,
                mapping: String? = nil, dryRun: Bool = false, today: LocalDate? = nil) {
        self.kind = kind
        self.csv = csv
        self.csvDisplayPath = csvDisplayPath
        self.contentDirectory = contentDirectory
        self.contentDisplayPath = contentDisplayPath
        self.mapping = mapping
        self.dryRun = dryRun
        self.today = today
    }
}

/// What an import found and did.
public struct ImportReport: Sendable {
    public struct File: Sendable {
        /// As messages show it (`content/groups/sakura.md`).
        public var path: String
        public var text: String
    }

    public var diagnostics = DiagnosticList()
    /// The files the import makes (written unless a dry run or an error).
    public var files: [File] = []
    /// The files actually written.
    public var written: [String] = []
    /// Rows passed over with a warning (already there, repeated).
    public var skippedRows = 0
    /// Rows with an error.
    public var rowsWithErrors = 0
    /// Writing failed part way.
    public var stopped = false

    public var succeeded: Bool { !diagnostics.hasErrors }
}

/// `civicsite import KIND FILE.csv`: every row becomes a record file,
/// checked exactly as `check` checks content, and nothing is written unless
/// the whole import is valid.
public enum Importer {
    public static func run(_ options: ImportOptions) -> ImportReport {
        var report = ImportReport()
        let existing = ContentLoader.loadAll(directory: options.contentDirectory, displayPath: options.contentDisplayPath,
                                             includeDrafts: true, today: options.today, reader: ContentLoader.frontMatterReader)
        guard existing.config != nil else {
            report.diagnostics.append(contentsOf: existing.diagnostics)
            return report
        }
        let fields = existing.content.fields
        let columns = ImportColumns.columns(for: options.kind, fields: fields)
        var mapping: ImportMapping?
        if let name = options.mapping {
            guard let loaded = loadMapping(name, kind: options.kind, fields: fields, into: &report.diagnostics) else { return report }
            mapping = loaded
        }
        guard let table = readTable(options, into: &report.diagnostics) else { return report }
        guard let layout = ImportLayout.find(in: table.rows, kind: options.kind, columns: columns, mapping: mapping,
                                             path: options.csvDisplayPath) else {
            report.diagnostics.append(.error(.csvNoKnownHeader, at: .file(options.csvDisplayPath),
                                             ["kind": .term(Term.kind(options.kind)),
                                              "examples": .list(columns.filter(\.required).prefix(4).map { .text($0.headers[0]) })]))
            return report
        }
        report.diagnostics.append(contentsOf: layout.diagnostics)
        let dataRows = table.rows[(layout.headerIndex + 1)...].filter { !$0.isBlank }
        guard !dataRows.isEmpty else {
            report.diagnostics.append(.error(.csvNoRows, at: .file(options.csvDisplayPath), ["path": .text(options.csvDisplayPath)]))
            return report
        }
        if layout.diagnostics.contains(where: \.isError) { return report }

        let place = ImportPlace(path: options.csvDisplayPath, headers: layout.headers)
        let builder = ImportRowBuilder(kind: options.kind, columns: columns, targets: layout.targets, headers: layout.headers,
                                       mapping: mapping, fieldSpellings: ImportLists.fieldSpellings(fields),
                                       groupSpellings: ImportLists.groupSpellings(existing.content.groups), place: place)
        var planned = ImportPlan(options: options, existing: existing.content, place: place)
        // Each row on its own first, on all cores; then in order, since
        // repeated rows and unique slugs depend on the rows above.
        let kind = options.kind
        let built = Array(dataRows).parallelMap { csvRow -> ImportRowBuilder.Built in
            let row = builder.build(csvRow)
            return ImportRowBuilder.Built(row: row, slug: ImportPlan.suggestedSlug(row, csv: csvRow, kind: kind))
        }
        for (csvRow, one) in zip(dataRows, built) {
            planned.add(csvRow, one.row, suggested: one.slug, layout: layout)
        }
        report.skippedRows = planned.skipped
        report.diagnostics.append(contentsOf: planned.diagnostics)

        // The new records checked with the others, as the next `check` will.
        let checked = ContentLoader.loadAll(directory: options.contentDirectory, displayPath: options.contentDisplayPath,
                                            includeDrafts: true, today: options.today, reader: ContentLoader.frontMatterReader,
                                            adding: planned.records.map(\.file))
        report.diagnostics.append(contentsOf: planned.located(checked.diagnostics))
        var errorRows = Set<Int>()
        for d in report.diagnostics.items where d.isError && d.location.file == options.csvDisplayPath { errorRows.insert(d.location.line) }
        report.rowsWithErrors = errorRows.count
        report.files = planned.records.map { ImportReport.File(path: $0.file.displayPath, text: $0.text.text) }
        guard report.succeeded, !options.dryRun else { return report }
        write(planned.records, kind: options.kind, options: options, into: &report)
        return report
    }

    static func loadMapping(_ name: String, kind: RecordKind, fields: [Field], into diagnostics: inout DiagnosticList) -> ImportMapping? {
        let text: String
        if let builtIn = ImportMapping.builtIn[name], !FileManager.default.fileExists(atPath: name) {
            text = builtIn
        } else {
            do {
                let data = try FileIO.read(name)
                switch SourceText.decode(data, path: name) {
                case .success(let decoded): text = decoded
                case .failure(let problems): diagnostics.append(contentsOf: problems); return nil
                }
            } catch {
                diagnostics.append(.error(.importFileUnreadable, at: .file(name), ["path": .text(name), "reason": .term(Term.reason(of: error))]))
                return nil
            }
        }
        let (mapping, problems) = ImportMapping.parse(text, path: name, kind: kind, fields: fields)
        diagnostics.append(contentsOf: problems)
        return problems.contains(where: \.isError) ? nil : mapping
    }

    /// The CSV read into rows; nil when it cannot be read at all.
    static func readTable(_ options: ImportOptions, into diagnostics: inout DiagnosticList) -> CSVTable? {
        let path = options.csvDisplayPath
        let data: Data
        do {
            data = try FileIO.read(options.csv.path)
        } catch {
            diagnostics.append(.error(.importFileUnreadable, at: .file(path), ["path": .text(path), "reason": .term(Term.reason(of: error))]))
            return nil
        }
        let decoded: ImportSource.Decoded
        switch ImportSource.decode(data, path: path) {
        case .success(let d): decoded = d
        case .failure(let problems): diagnostics.append(contentsOf: problems); return nil
        }
        var table = CSVReader.read(decoded.text)
        for problem in table.problems {
            switch problem {
            case .unclosedQuote(let line, let column):
                diagnostics.append(.error(.csvUnclosedQuote, at: SourceLocation(file: path, line: line, column: column)))
            case .textAfterQuote(let line, let column):
                diagnostics.append(.warning(.csvTextAfterQuote, at: SourceLocation(file: path, line: line, column: column)))
            }
        }
        if table.problems.contains(where: { if case .unclosedQuote = $0 { return true }; return false }) { return nil }
        if decoded.damaged {
            for row in table.rows {
                for (column, field) in row.fields.enumerated() where field.text.unicodeScalars.contains("\u{FFFD}") {
                    diagnostics.append(.error(.csvUnreadableCharacter, at: SourceLocation(file: path, line: field.line, column: column + 1)))
                }
            }
            table.rows.removeAll { row in row.fields.contains { $0.text.unicodeScalars.contains("\u{FFFD}") } }
            if diagnostics.hasErrors && table.rows.isEmpty { return nil }
        }
        return table
    }

    /// Writes every planned file, never over one that exists.
    static func write(_ records: [ImportPlan.Record], kind: RecordKind, options: ImportOptions, into report: inout ImportReport) {
        let folder = options.contentDirectory.appendingPathComponent(kind.rawValue)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            report.diagnostics.append(.error(.importWriteFailed, at: .file(options.csvDisplayPath),
                                             ["path": .text("\(options.contentDisplayPath)/\(kind.rawValue)"), "reason": .term(Term.reason(of: error))]))
            report.stopped = true
            return
        }
        // Creating a file costs the disk far more than the CPU: several at
        // once keep it busy (10,000 files: about a third of the time alone).
        // The report is made afterwards, in the rows' order.
        let outcomes = ImportFileWriter.createAll(records.map { ($0.file.path, Data($0.text.text.utf8)) })
        for (record, outcome) in zip(records, outcomes) {
            switch outcome {
            case .written:
                report.written.append(record.file.displayPath)
            case .exists:
                report.diagnostics.append(.error(.importFileAppeared, at: record.location, ["path": .text(record.file.displayPath)]))
            case .failed(let code):
                // Once, at the first file that failed: the others failed alike
                // or were written, and the written ones are listed.
                guard !report.stopped else { continue }
                report.diagnostics.append(.error(.importWriteFailed, at: record.location,
                                                 ["path": .text(record.file.displayPath), "reason": .term(Term.systemReason(code))]))
                report.stopped = true
            }
        }
    }
}
