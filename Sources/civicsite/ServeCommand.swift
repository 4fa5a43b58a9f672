import CivicSite
import Foundation

/// `civicsite serve`: the preview. Runs until Ctrl-C (or SIGTERM), then
/// removes its private folder and exits 0.
struct ServeCommand {
    var host = "127.0.0.1"
    var port = 8000
    var build = BuildCommandOptions()

    static func parse(_ arguments: inout Arguments) throws -> ServeCommand {
        var command = ServeCommand()
        var rest: [String] = []
        while let word = arguments.next() {
            let (name, inline) = Arguments.split(word)
            switch name {
            case "--host": command.host = try arguments.value(for: name, inline: inline)
            case "--port":
                let value = try arguments.value(for: name, inline: inline)
                guard let port = Int(value), (0...65_535).contains(port) else { throw UsageError(.badPort, ["value": .text(value)]) }
                command.port = port
            case "--output", "--force", "--strict":
                throw UsageError(.unknownOption, ["option": .text(word), "command": "serve"])
            default:
                rest.append(word)
                if inline == nil, ["--content", "--theme", "--now", "--base-url"].contains(name), let value = arguments.next() {
                    rest.append(value)
                }
            }
        }
        var forBuild = Arguments(rest)
        command.build = try BuildCommandOptions.parse(&forBuild, command: "serve")
        return command
    }

    func run(flag: Language?, environment: [String: String], format: DiagnosticFormat) -> Int32 {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let siteLanguage = ContentLoader.siteLanguage(directory: URL(fileURLWithPath: build.content, relativeTo: cwd))
        let reporter = Reporter(language: .forSite(flag: flag, environment: environment, siteLanguage: siteLanguage), format: format)
        let options: BuildOptions
        do {
            options = try build.buildOptions()
        } catch let error as UsageError {
            reporter.problem(error.diagnostic)
            return 2
        } catch {
            reporter.problem(UsageError(.internalFailure, ["detail": .text("\(error)")]).diagnostic)
            return 2
        }
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            reporter.problem(Diagnostic(.previewVisibleOnNetwork, at: SourceLocation(file: "", line: 0, column: 0), ["host": .text(host)]))
        }
        let session: PreviewSession
        let timings = build.timings
        do {
            session = try PreviewSession(options: options, host: host, port: port, language: reporter.language) { event in
                switch event {
                case .built(let report):
                    for warning in report.warnings { reporter.problem(warning) }
                    if timings {
                        for stage in report.stages {
                            reporter.printError(reporter.line(SummaryText.stageTiming, [
                                "stage": .text(stage.name.padding(toLength: 16, withPad: " ", startingAt: 0)),
                                "seconds": .text(String(format: "%7.3f", stage.seconds)),
                            ]))
                        }
                    }
                    reporter.say(reporter.line(PreviewText.rebuilt, ["pages": .number(report.pagesWritten),
                                                              "seconds": .text(String((report.seconds * 100).rounded() / 100))]))
                case .failed(let problems):
                    for d in problems.sorted { reporter.problem(d) }
                    reporter.printError(reporter.line(PreviewText.rebuildFailed, ["errors": .number(problems.errors.count),
                                                                                  "warnings": .number(problems.warnings.count)]))
                }
            }
        } catch {
            for d in error.sorted { reporter.problem(d) }
            return 2
        }
        session.start()
        reporter.say(reporter.line(PreviewText.serving, ["address": .text(session.address)]))
        Self.waitForStop()
        session.stop()
        reporter.say(reporter.line(PreviewText.stopped))
        return 0
    }

    /// Blocks until SIGINT or SIGTERM.
    static func waitForStop() {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let done = DispatchSemaphore(value: 0)
        let sources = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { done.signal() }
            source.resume()
            return source
        }
        done.wait()
        sources.forEach { $0.cancel() }
    }
}
