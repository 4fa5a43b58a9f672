import CivicSite
import Foundation

/// `build` and `check`: runs the engine and turns its report or its
/// problems into lines and an exit code.
struct BuildCommand {
    var command: String
    var typed: BuildCommandOptions
    var flag: Language?
    var environment: [String: String]
    var format: DiagnosticFormat

    func run() -> Int32 {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let siteLanguage = ContentLoader.siteLanguage(directory: URL(fileURLWithPath: typed.content, relativeTo: cwd))
        let reporter = Reporter(language: .forSite(flag: flag, environment: environment, siteLanguage: siteLanguage), format: format)
        var options: BuildOptions
        do {
            options = try typed.buildOptions()
            options.notify = { reporter.problem($0) }
            if let wait = environment["CIVICSITE_LOCK_TIMEOUT"].flatMap(Double.init), wait >= 0, wait.isFinite {
                options.lockTimeout = wait
            }
            if command == "build" { try typed.checkOutputFolder(options) }
        } catch let error as UsageError {
            reporter.problem(error.diagnostic)
            return 2
        } catch {
            reporter.problem(UsageError(.internalFailure, ["detail": .text("\(error)")]).diagnostic)
            return 2
        }
        let builder = SiteBuilder(options: options)
        // For the last line of a failed build: whether there was a site to keep.
        let hadSite = (try? OutputPathResolver.resolve(options.outputDirectory.path))?.exists ?? false
        do {
            let report = try (command == "check" ? builder.check() : builder.build())
            for warning in report.warnings { reporter.problem(warning) }
            if typed.timings {
                for stage in report.stages {
                    reporter.printError(reporter.line(SummaryText.stageTiming, [
                        "stage": .text(stage.name.padding(toLength: 16, withPad: " ", startingAt: 0)),
                        "seconds": .text(String(format: "%7.3f", stage.seconds)),
                    ]))
                }
            }
            if !typed.quiet {
                print(reporter.line(command == "check" ? SummaryText.checked : SummaryText.built, report.summaryArguments))
            }
            return 0
        } catch {
            for diagnostic in error.sorted { reporter.problem(diagnostic) }
            let summary = command == "check" ? SummaryText.checkFailed
                : error.items.contains { $0.entry == .previousSiteStranded } ? SummaryText.buildFailedSiteMoved
                : hadSite ? SummaryText.buildFailed : SummaryText.buildFailedNoPreviousSite
            reporter.printError(reporter.line(summary,
                                              ["errors": .number(error.errors.count), "warnings": .number(error.warnings.count)]))
            return 1
        }
    }
}
