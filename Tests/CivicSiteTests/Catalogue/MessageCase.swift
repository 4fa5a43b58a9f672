import Foundation
import XCTest
@testable import CivicSite

/// One catalogue id shown by real input: how to produce it, and the exact
/// lines (location, message, id, hint) in both languages. Every id of the
/// catalogue has at least one case (`MessageCoverageTests`).
struct MessageCase: Sendable {
    var id: String
    var source: MessageSource
    var ja: String
    var en: String
    var file: StaticString
    var line: UInt

    init(_ id: String, _ produce: MessageSource, ja: String, en: String, file: StaticString = #filePath, line: UInt = #line) {
        self.id = id
        self.source = produce
        self.ja = ja
        self.en = en
        self.file = file
        self.line = line
    }

    /// The lines of this case's id, as printed in `language`.
    func rendered(in language: Language) throws -> (lines: String, everything: String) {
        if let words = source.commandLine {
            // The variable too: a wrong --lang cannot choose the language of its own message.
            let run = try CivicSiteCommand.run(["--lang", language.rawValue] + words, in: source.directory ?? TestPaths.projectRoot,
                                               environment: source.environment.merging(["CIVICSITE_LANG": language.rawValue]) { a, _ in a })
            return (Self.lines(of: id, in: run.stderr), run.stderr)
        }
        let diagnostics = try source.run()
        return (Self.rendered(diagnostics, id: id, in: language), DiagnosticList(diagnostics).description)
    }

    /// The lines a run printed for `id`: its own line and the hint under it.
    static func lines(of id: String, in output: String) -> String {
        var picked: [Substring] = []
        var taking = false
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasSuffix("[\(id)]") || line.contains("title=\(id)::") {
                picked.append(line)
                taking = true
            } else if taking, line.hasPrefix("    ") {
                picked.append(line)
            } else {
                taking = false
            }
        }
        return picked.joined(separator: "\n")
    }

    /// The diagnostics of this case's id, as printed in `language`.
    static func rendered(_ diagnostics: [Diagnostic], id: String, in language: Language) -> String {
        DiagnosticList(diagnostics.filter { $0.id == id }).sorted
            .map { DiagnosticFormat.text.render($0, in: language) }
            .joined(separator: "\n")
    }
}

/// Where a case's diagnostics come from: always the real code path a user
/// goes through, so the location is the one they would see.
struct MessageSource: Sendable {
    var run: @Sendable () throws -> [Diagnostic]
    /// For messages of the command line: the words to run `civicsite` with
    /// (`--lang` is added), in `directory` (default: the project root).
    var commandLine: [String]? = nil
    var directory: URL? = nil
    var environment: [String: String] = [:]

    /// The `civicsite` executable run with these words (and variables).
    static func command(_ words: [String], in directory: URL? = nil, environment: [String: String] = [:]) -> MessageSource {
        MessageSource(run: { [] }, commandLine: words, directory: directory, environment: environment)
    }

    /// Any code returning diagnostics.
    static func custom(_ body: @escaping @Sendable () throws -> [Diagnostic]) -> MessageSource { MessageSource(run: body) }

    /// A usage error of the command line: the problem `Commands` would print.
    static func usage(_ error: @escaping @Sendable () throws -> Diagnostic) -> MessageSource { MessageSource { [try error()] } }

    /// Front matter parsed on its own (the text of `site.yml`), as `path`.
    static func frontMatter(_ text: String, path: String = "content/site.yml") -> MessageSource {
        MessageSource { FrontMatterParser.parse(text, file: path, firstLine: 1).diagnostics }
    }

    /// A whole content file (`---` front matter, body) read as the loader reads it.
    static func contentFile(_ text: String, path: String = "content/groups/sakura.md") -> MessageSource {
        MessageSource { ContentLoader.frontMatterReader(Data(text.utf8), path, false).diagnostics }
    }

    /// The minimal valid site with `files` added or replaced (paths under
    /// `content/`; a nil value removes the file), checked as `check` does.
    static func site(_ files: [String: String?], drafts: Bool = false) -> MessageSource {
        MessageSource { try MessageFixtureSite.check(files, drafts: drafts) }
    }
}
