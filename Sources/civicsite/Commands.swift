import CivicSite
import Foundation

/// Runs one command and returns the process exit code. Every error becomes a
/// message and an exit code here, and only here.
enum Commands {
    static let names = ["build", "check", "serve", "new", "import", "explain", "markdown", "help"]

    static func run(_ argv: [String]) -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        var words = argv
        var reporter = Reporter(language: .beforeSettings(flag: nil, environment: environment), format: .text)
        do {
            let messageOptions = try MessageOptions.extract(&words)
            reporter = Reporter(language: .beforeSettings(flag: messageOptions.language, environment: environment),
                                format: messageOptions.format)
            var arguments = Arguments(words)
            guard let command = arguments.next() else {
                // A usage error: a script that forgot its command must not pass.
                reporter.problem(UsageError(.missingCommand).diagnostic)
                return 2
            }
            switch command {
            case "build", "check":
                let options = try BuildCommandOptions.parse(&arguments, command: command)
                return BuildCommand(command: command, typed: options, flag: messageOptions.language,
                                    environment: environment, format: messageOptions.format).run()
            case "serve":
                let serve = try ServeCommand.parse(&arguments)
                return serve.run(flag: messageOptions.language, environment: environment, format: messageOptions.format)
            case "new":
                let new = try NewCommand.parse(&arguments)
                return new.run(flag: messageOptions.language, environment: environment, format: messageOptions.format)
            case "import":
                let command = try ImportCommand.parse(&arguments)
                return command.run(flag: messageOptions.language, environment: environment, format: messageOptions.format)
            case "explain":
                return try ExplainCommand.run(&arguments, projectReporter(messageOptions, environment))
            case "markdown":
                return try runMarkdown(&arguments)
            case "help", "--help", "-h":
                let topic = arguments.next() ?? "help"
                guard let text = HelpText.text(for: topic, in: projectReporter(messageOptions, environment).language) else {
                    throw UsageError(.noHelpTopic, ["topic": .text(topic), "commands": .list(names.map { .text($0) })])
                }
                print(text)
                return 0
            default:
                throw UsageError(.unknownCommand, ["command": .text(command), "near": .text(Suggestion.closest(to: command, in: names) ?? "")],
                                 hint: Suggestion.closest(to: command, in: names) == nil ? nil : .didYouMean)
            }
        } catch let error as UsageError {
            reporter.problem(error.diagnostic)
            return 2
        } catch let bad as BadFormat {
            Reporter(language: .beforeSettings(flag: bad.language, environment: environment), format: .text).problem(bad.error.diagnostic)
            return 2
        } catch {
            reporter.problem(UsageError(.internalFailure, ["detail": .text("\(error)")]).diagnostic)
            return 2
        }
    }

    /// Help and explanations are not usage errors: in a project they are
    /// shown in the site's language, as its messages are.
    static func projectReporter(_ options: MessageOptions, _ environment: [String: String]) -> Reporter {
        let siteLanguage = ContentLoader.siteLanguage(directory: URL(fileURLWithPath: "content"))
        return Reporter(language: .forSite(flag: options.language, environment: environment, siteLanguage: siteLanguage), format: .text)
    }

    static func runMarkdown(_ arguments: inout Arguments) throws -> Int32 {
        var trusted = false, japanese = false
        while let word = arguments.next() {
            switch word {
            case "--trusted": trusted = true
            case "--ja": japanese = true
            default: throw UsageError(.unknownOption, ["option": .text(word), "command": "markdown"])
            }
        }
        let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        var options = MarkdownOptions.site(japanese: japanese)
        if trusted {
            options = .spec
            options.japanese = japanese
        }
        FileHandle.standardOutput.write(Data(MarkdownRenderer(options: options).render(input).utf8))
        return 0
    }
}
