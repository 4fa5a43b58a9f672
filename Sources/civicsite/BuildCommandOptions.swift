import CivicSite
import Foundation

/// The options of `build` and `check`, as typed.
struct BuildCommandOptions {
    var content = "content"
    var theme: String?
    var output = "site"
    var drafts = false
    var baseURL: String?
    var now: String?
    var quiet = false
    var strict = false
    var timings = false
    var force = false

    static func parse(_ arguments: inout Arguments, command: String) throws -> BuildCommandOptions {
        var o = BuildCommandOptions()
        while let word = arguments.next() {
            let (name, inline) = Arguments.split(word)
            switch name {
            case "--content": o.content = try arguments.value(for: name, inline: inline)
            case "--theme": o.theme = try arguments.value(for: name, inline: inline)
            case "--output": o.output = try arguments.value(for: name, inline: inline)
            case "--base-url": o.baseURL = try arguments.value(for: name, inline: inline)
            case "--now": o.now = try arguments.value(for: name, inline: inline)
            case "--drafts": o.drafts = true
            case "--quiet", "-q": o.quiet = true
            case "--strict": o.strict = true
            case "--timings": o.timings = true
            case "--force": o.force = true
            default:
                let near = Suggestion.closest(to: name, in: HelpText.buildFlags)
                throw UsageError(.unknownOption, ["option": .text(word), "command": .text(command), "near": .text(near ?? "")],
                                 hint: near == nil ? nil : .didYouMean)
            }
        }
        return o
    }

    /// Turns the typed options into what the engine needs, checking them.
    func buildOptions() throws -> BuildOptions {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let content = URL(fileURLWithPath: self.content, relativeTo: cwd)
        guard FileManager.default.fileExists(atPath: content.path) else {
            throw UsageError(.contentFolderNotFound, ["path": .text(self.content)])
        }
        if let baseURL {
            // The same reasons as for an address in the content, with their hints.
            let problem = DecodingFormats.urlProblem(baseURL)?.hint
            if problem != nil || !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
                throw UsageError(.badBaseURLOption, ["value": .text(baseURL)].merging(problem?.arguments ?? [:]) { own, _ in own },
                                 hint: problem?.hint)
            }
        }
        let themeDir = theme.map { URL(fileURLWithPath: $0, relativeTo: cwd) }
        if let themeDir, !FileManager.default.fileExists(atPath: themeDir.path) {
            throw UsageError(.themeFolderNotFound, ["path": .text(theme!)])
        }
        var options = BuildOptions(
            contentDirectory: content, contentDisplayPath: self.content,
            themesDirectory: themeDir?.deletingLastPathComponent() ?? URL(fileURLWithPath: "themes", relativeTo: cwd),
            themeDirectory: themeDir, outputDirectory: URL(fileURLWithPath: output, relativeTo: cwd),
            includeDrafts: drafts, baseURL: baseURL, now: try buildDate(), strict: strict, force: force)
        let environment = ProcessInfo.processInfo.environment
        if let given = DateTime.sourceDateEpoch(environment) {
            guard let stamp = given else {
                throw UsageError(.badSourceDateEpoch, ["value": .text(environment["SOURCE_DATE_EPOCH"] ?? "")])
            }
            options.stamp = stamp
        }
        return options
    }

    /// Refuses an output folder whose replacement would delete the content,
    /// the theme, the current folder or files that are not a built site.
    func checkOutputFolder(_ options: BuildOptions) throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        if let refusal = options.outputFolderCheck(outputName: output, workingFolder: cwd).refusal() {
            throw UsageError(refusal.message, refusal.arguments, hint: refusal.hint)
        }
    }

    /// `--now` as a date or date-time, else the start of today in Japan.
    func buildDate() throws -> DateTime {
        guard let now else { return DateTime.buildMoment() }
        if case .success(let d) = DecodingDateText.date(now) { return DateTime(date: d, hour: 0, minute: 0) }
        if case .success(let t) = DecodingDateText.dateTime(now) { return t }
        throw UsageError(.badNowOption, ["value": .text(now)])
    }
}
