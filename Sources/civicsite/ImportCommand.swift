import CivicSite
import Foundation

/// `civicsite import groups|events|grants|cases FILE.csv [--map MAP.yml] [--dry-run]`.
struct ImportCommand {
    static let flags = ["--map", "--dry-run", "--content", "--lang", "--format"]
    static let kinds = ImportColumns.kinds.map(\.rawValue)

    var kind: RecordKind
    var file: String
    var map: String?
    var dryRun = false
    var content = "content"

    static func parse(_ arguments: inout Arguments) throws -> ImportCommand {
        var words: [String] = []
        var map: String?
        var dryRun = false
        var content = "content"
        while let word = arguments.next() {
            let (name, inline) = Arguments.split(word)
            switch name {
            case "--map": map = try arguments.value(for: name, inline: inline)
            case "--content": content = try arguments.value(for: name, inline: inline)
            case "--dry-run", "-n": dryRun = true
            default:
                if word.hasPrefix("-") && word.count > 1 {
                    let near = Suggestion.closest(to: name, in: flags)
                    throw UsageError(.unknownOption, ["option": .text(word), "command": "import", "near": .text(near ?? "")],
                                     hint: near == nil ? nil : .didYouMean)
                }
                words.append(word)
            }
        }
        guard words.count >= 2 else { throw UsageError(.importNeedsKindAndFile) }
        guard words.count == 2 else { throw UsageError(.unexpectedArgument, ["command": "import", "value": .text(words[2])]) }
        guard let kind = RecordKind(rawValue: words[0]), ImportColumns.kinds.contains(kind) else {
            let near = Suggestion.closest(to: words[0], in: kinds)
            throw UsageError(.unknownImportKind, ["kind": .text(words[0]), "near": .text(near ?? "")],
                             hint: near == nil ? .omitted : .didYouMean)
        }
        return ImportCommand(kind: kind, file: words[1], map: map, dryRun: dryRun, content: content)
    }

    func run(flag: Language?, environment: [String: String], format: DiagnosticFormat) -> Int32 {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let contentURL = URL(fileURLWithPath: content, relativeTo: cwd)
        let siteLanguage = ContentLoader.siteLanguage(directory: contentURL)
        let reporter = Reporter(language: .forSite(flag: flag, environment: environment, siteLanguage: siteLanguage), format: format)
        guard FileManager.default.fileExists(atPath: contentURL.path) else {
            reporter.problem(UsageError(.contentFolderNotFound, ["path": .text(content)]).diagnostic)
            return 2
        }
        let options = ImportOptions(kind: kind, csv: URL(fileURLWithPath: file, relativeTo: cwd), csvDisplayPath: file,
                                    contentDirectory: contentURL, contentDisplayPath: content, mapping: map, dryRun: dryRun,
                                    today: DateTime.buildMoment().date)
        let report = Importer.run(options)
        for diagnostic in report.diagnostics.sorted { reporter.problem(diagnostic) }
        let warnings = report.diagnostics.warnings.count
        if report.skippedRows > 0 { reporter.printError(reporter.line(ImportText.skipped, ["count": .number(report.skippedRows)])) }
        if !report.succeeded {
            if report.stopped || !report.written.isEmpty {
                reporter.printError(reporter.line(ImportText.stopped, ["count": .number(report.written.count)]))
                for path in report.written { reporter.printError(reporter.line(ImportText.fileLine, ["path": .text(path)])) }
            } else {
                reporter.printError(reporter.line(ImportText.failed, ["errors": .number(report.diagnostics.errors.count),
                                                                       "rows": .number(report.rowsWithErrors), "warnings": .number(warnings)]))
            }
            return 1
        }
        if dryRun {
            for file in report.files {
                print(reporter.line(ImportText.dryRunFile, ["path": .text(file.path)]))
                print(file.text)
            }
            print(reporter.line(ImportText.dryRun, ["count": .number(report.files.count), "warnings": .number(warnings)]))
        } else {
            print(reporter.line(ImportText.imported, ["count": .number(report.written.count), "folder": .text("\(content)/\(kind.rawValue)"),
                                                       "warnings": .number(warnings)]))
        }
        return 0
    }
}
