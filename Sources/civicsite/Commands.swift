import CivicSite
import Foundation

/// Runs one command and returns the process exit code. Every error becomes a
/// message and an exit code here, and only here.
enum Commands {
    static func run(_ argv: [String]) -> Int32 {
        var arguments = Arguments(argv)
        do {
            guard let command = arguments.next() else {
                // A usage error: a script that forgot its command must not pass.
                printError(HelpText.overview)
                return 2
            }
            switch command {
            case "build", "check":
                let options = try BuildCommandOptions.parse(&arguments, command: command)
                return runBuild(command: command, options)
            case "markdown":
                return try runMarkdown(&arguments)
            case "help", "--help", "-h":
                let topic = arguments.next() ?? "help"
                guard let text = HelpText.text(for: topic) else { throw UsageError("no help for '\(topic)'", hint: "commands: build, check, markdown") }
                print(text)
                return 0
            default:
                let known = ["build", "check", "markdown", "help"]
                throw UsageError("unknown command '\(command)'",
                                 hint: Suggestion.closest(to: command, in: known).map { "did you mean '\($0)'?" } ?? "see 'civicsite --help'")
            }
        } catch let error as UsageError {
            var text = "error: \(error.message)"
            if let hint = error.hint { text += "\n    hint: \(hint)" }
            printError(text)
            return 2
        } catch {
            printError("error: \(error)")
            return 2
        }
    }

    static func runBuild(command: String, _ typed: BuildCommandOptions) -> Int32 {
        let options: BuildOptions
        do {
            options = try typed.buildOptions()
            if command == "build" { try typed.checkOutputFolder(options) }
        } catch let error as UsageError {
            printError("error: \(error.message)" + (error.hint.map { "\n    hint: \($0)" } ?? ""))
            return 2
        } catch {
            printError("error: \(error)")
            return 2
        }
        let builder = SiteBuilder(options: options)
        do {
            let report = try (command == "check" ? builder.check() : builder.build())
            for warning in report.warnings { printError(warning.description) }
            if typed.timings {
                for stage in report.stages { printError("  " + stage.name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%7.3f s", stage.seconds)) }
            }
            if !typed.quiet {
                print(command == "check" ? "checked: no errors; " + report.summary.replacingOccurrences(of: "built ", with: "") : report.summary)
            }
            return 0
        } catch {
            for diagnostic in error.sorted { printError(diagnostic.description) }
            let errors = error.errors.count, warnings = error.warnings.count
            printError("\(command) failed: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
                       + (command == "build" ? "; the previous site was left as it was" : ""))
            return 1
        }
    }

    static func runMarkdown(_ arguments: inout Arguments) throws -> Int32 {
        var trusted = false, japanese = false
        while let word = arguments.next() {
            switch word {
            case "--trusted": trusted = true
            case "--ja": japanese = true
            default: throw UsageError("unknown option '\(word)' for 'markdown'", hint: "see 'civicsite help markdown'")
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

    /// Messages quote what staff wrote; a control character in it (an
    /// escape sequence) must not reach the terminal as such.
    static func printError(_ text: String) {
        var shown = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if u.properties.generalCategory == .control && u != "\n" && u != "\t" {
                shown.append(contentsOf: "\\u{\(String(u.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                shown.append(u)
            }
        }
        FileHandle.standardError.write(Data((String(shown) + "\n").utf8))
    }
}
