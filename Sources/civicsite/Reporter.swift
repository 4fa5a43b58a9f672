import CivicSite
import Foundation

/// Prints problems and summaries in the chosen language and format. All
/// output of a run goes through here.
struct Reporter {
    var language: Language
    var format: DiagnosticFormat

    func problem(_ diagnostic: Diagnostic) {
        printError(format.render(diagnostic, in: language))
    }

    func line(_ text: LocalizedText, _ arguments: MessageArguments = [:]) -> String {
        SummaryText.render(text, arguments, in: language)
    }

    /// A line on standard output, written at once (not buffered), so that a
    /// program reading the preview's output sees it as it happens.
    func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Messages quote what staff wrote; a control character in it (an
    /// escape sequence) must not reach the terminal as such.
    func printError(_ text: String) {
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

/// `--lang` and `--format`, accepted by every command anywhere on the line.
struct MessageOptions {
    var language: Language?
    var format: DiagnosticFormat = .text

    /// Takes the two options out of `words`.
    static func extract(_ words: inout [String]) throws -> MessageOptions {
        var options = MessageOptions()
        var rest: [String] = []
        var typed: [String: String] = [:]
        var i = 0
        while i < words.count {
            let (name, inline) = Arguments.split(words[i])
            guard name == "--lang" || name == "--format" else { rest.append(words[i]); i += 1; continue }
            var value = inline
            if value == nil {
                guard i + 1 < words.count, !words[i + 1].hasPrefix("--") else {
                    throw UsageError(.optionNeedsValue, ["option": .text(name)])
                }
                value = words[i + 1]
                i += 1
            }
            i += 1
            typed[name] = value
        }
        words = rest
        // The language first, so that a wrong format is reported in it.
        if let value = typed["--lang"] {
            guard let language = Language(rawValue: value.lowercased()) else {
                throw UsageError(.badLanguageOption, ["value": .text(value)])
            }
            options.language = language
        }
        if let value = typed["--format"] {
            guard let format = DiagnosticFormat(rawValue: value.lowercased()) else {
                throw BadFormat(language: options.language, error: UsageError(.badFormatOption, ["value": .text(value)]))
            }
            options.format = format
        }
        return options
    }
}

/// A wrong `--format`, reported in the `--lang` given beside it.
struct BadFormat: Error {
    var language: Language?
    var error: UsageError
}
