import CivicSite
import Foundation

/// `civicsite new group|event|grant|case|page [--title T] [--kana K] [SLUG]`:
/// writes a draft record from its template and says where, and what its
/// slug is.
struct NewCommand {
    var kind: RecordKind
    var title: String?
    var kana: String?
    var slug: String?
    var content = "content"
    var theme: String?
    var now: String?

    static let options = ["--title", "--kana", "--content", "--theme", "--now", "--lang", "--format"]
    static var kindList: MessageArgument { .list(RecordKind.makeable.map { .text($0.singular) }) }

    static func parse(_ arguments: inout Arguments) throws -> NewCommand {
        guard let word = arguments.next() else { throw UsageError(.newMissingKind, ["kinds": kindList]) }
        guard let kind = RecordKind.makeable(named: word) else {
            if word.hasPrefix("--") { throw UsageError(.newMissingKind, ["kinds": kindList]) }
            let near = Suggestion.closest(to: word, in: RecordKind.makeable.map(\.singular))
            throw UsageError(.newUnknownKind, ["kind": .text(word), "kinds": kindList, "near": .text(near ?? "")],
                             hint: near == nil ? nil : .didYouMean)
        }
        var command = NewCommand(kind: kind)
        while let word = arguments.next() {
            let (name, inline) = Arguments.split(word)
            switch name {
            case "--title": command.title = try text(of: name, arguments.value(for: name, inline: inline))
            case "--kana": command.kana = try text(of: name, arguments.value(for: name, inline: inline))
            case "--content": command.content = try arguments.value(for: name, inline: inline)
            case "--theme": command.theme = try arguments.value(for: name, inline: inline)
            case "--now": command.now = try arguments.value(for: name, inline: inline)
            default:
                if word.hasPrefix("-") {
                    let near = Suggestion.closest(to: name, in: options)
                    throw UsageError(.unknownOption, ["option": .text(word), "command": "new", "near": .text(near ?? "")],
                                     hint: near == nil ? nil : .didYouMean)
                }
                guard command.slug == nil else { throw UsageError(.unexpectedArgument, ["command": "new", "value": .text(word)]) }
                command.slug = word
            }
        }
        if command.kana != nil, kind != .groups { throw UsageError(.newKanaOnlyForGroups, ["kind": .text(kind.singular)]) }
        return command
    }

    /// A text option must say something: `--title ""` is as good as none.
    private static func text(of option: String, _ value: String) throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw UsageError(.optionNeedsValue, ["option": .text(option)]) }
        return trimmed
    }

    func run(flag: Language?, environment: [String: String], format: DiagnosticFormat) -> Int32 {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let contentDirectory = URL(fileURLWithPath: content, relativeTo: cwd)
        let siteLanguage = ContentLoader.siteLanguage(directory: contentDirectory)
        let reporter = Reporter(language: .forSite(flag: flag, environment: environment, siteLanguage: siteLanguage), format: format)
        let request: NewRecordRequest
        do {
            request = try self.request(cwd: cwd, contentDirectory: contentDirectory)
        } catch let error as UsageError {
            reporter.problem(error.diagnostic)
            return 2
        } catch {
            reporter.problem(UsageError(.internalFailure, ["detail": .text("\(error)")]).diagnostic)
            return 2
        }
        let result: NewRecordResult
        do {
            result = try NewRecord.make(request)
        } catch {
            for problem in error.items { reporter.problem(problem) }
            return 1
        }
        for warning in result.warnings { reporter.problem(warning) }
        reporter.say(reporter.line(NewRecordText.written, ["path": .text(result.path)]))
        reporter.say(reporter.line(NewRecordText.template, ["template": .text(result.template)]))
        let folder = "\(content)/\(kind.rawValue)"
        switch result.slugOrigin {
        case .given:
            reporter.say(reporter.line(NewRecordText.slugGiven, ["slug": .text(result.slug)]))
        case .title:
            reporter.say(reporter.line(NewRecordText.slugFromTitle, ["slug": .text(result.slug)]))
            reporter.say(reporter.line(NewRecordText.howToRename, ["folder": .text(folder), "slug": .text(result.slug)]))
        case .date:
            reporter.say(reporter.line(title == nil ? NewRecordText.slugNoTitle : NewRecordText.slugFromDate, ["slug": .text(result.slug)]))
            if kind == .groups, title != nil, kana == nil { reporter.say(reporter.line(NewRecordText.kanaWouldHelp)) }
            reporter.say(reporter.line(NewRecordText.howToRename, ["folder": .text(folder), "slug": .text(result.slug)]))
        }
        reporter.say(reporter.line(NewRecordText.nextSteps))
        return 0
    }

    func request(cwd: URL, contentDirectory: URL) throws -> NewRecordRequest {
        guard FileManager.default.fileExists(atPath: contentDirectory.path) else {
            throw UsageError(.contentFolderNotFound, ["path": .text(content)])
        }
        let themeDirectory = theme.map { URL(fileURLWithPath: $0, relativeTo: cwd) }
        if let themeDirectory, !FileManager.default.fileExists(atPath: themeDirectory.path) {
            throw UsageError(.themeFolderNotFound, ["path": .text(theme!)])
        }
        var moment = DateTime.currentInJapan()
        if let now {
            var typed = BuildCommandOptions()
            typed.now = now
            moment = try typed.buildDate()
        }
        return NewRecordRequest(kind: kind, title: title, kana: kana, slug: slug, contentDirectory: contentDirectory,
                                contentDisplayPath: content, themesDirectory: URL(fileURLWithPath: "themes", relativeTo: cwd),
                                themeDirectory: themeDirectory, now: moment)
    }
}
