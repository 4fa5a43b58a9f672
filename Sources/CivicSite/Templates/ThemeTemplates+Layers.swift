import Foundation

extension ThemeTemplates {
    /// A theme's declared parent: the theme name, and where it is written.
    public typealias ThemeParent = (name: String, location: SourceLocation)

    /// The layers for `theme`, most specific first: the theme, the theme it
    /// extends, and so on, ready for `load(layers:)`.
    ///
    /// - Parameters:
    ///   - location: where the theme was chosen (the `theme:` key of `site.yml`),
    ///     for the error when no such folder exists.
    ///   - themesDirectory: the folder holding one folder per theme.
    ///   - displayRoot: how that folder is shown in messages.
    ///   - parentOf: reads a theme's `extends:` (the caller owns the settings
    ///     format); nil when the theme extends nothing.
    public static func layers(
        theme: String, chosenAt location: SourceLocation, themesDirectory: URL, displayRoot: String = "themes",
        parentOf: (_ theme: String, _ directory: URL) throws(DiagnosticList) -> ThemeParent?
    ) throws(DiagnosticList) -> [(directory: URL, displayPath: String)] {
        var chain: [(directory: URL, displayPath: String)] = []
        var names: [String] = []
        var next: ThemeParent? = (theme, location)
        while let current = next {
            if names.contains(current.name) {
                // Theme names and arrows only, the same in both languages.
                let cycle = (names.drop { $0 != current.name } + [current.name]).joined(separator: " → ")
                throw DiagnosticList([.error(.themeExtendsItself, at: current.location,
                                             ["theme": .text(current.name), "cycle": .text(cycle)])])
            }
            let directory = themesDirectory.appendingPathComponent(current.name)
            guard ThemeFiles.isDirectory(directory) else {
                throw DiagnosticList([unknownTheme(current.name, at: current.location, in: themesDirectory, displayRoot: displayRoot)])
            }
            names.append(current.name)
            chain.append((directory, "\(displayRoot)/\(current.name)"))
            next = try parentOf(current.name, directory)
        }
        return chain
    }

    /// A folder with layouts or a theme.yml: other folders beside a theme
    /// given by path (the content, the site) are not offered as themes.
    private static func isTheme(_ folder: URL) -> Bool {
        ThemeFiles.isDirectory(folder.appendingPathComponent("layouts"))
            || FileManager.default.fileExists(atPath: folder.appendingPathComponent("theme.yml").path)
    }

    private static func unknownTheme(_ name: String, at location: SourceLocation, in themesDirectory: URL,
                                     displayRoot: String) -> Diagnostic {
        let existing = ((try? FileManager.default.contentsOfDirectory(atPath: themesDirectory.path)) ?? [])
            .filter { !$0.hasPrefix(".") && isTheme(themesDirectory.appendingPathComponent($0)) }
            .sorted()
        var arguments: MessageArguments = ["name": .text(name)]
        let hint: Hint
        if let near = Suggestion.closest(to: name, in: existing) {
            arguments["near"] = .text(near)
            hint = .didYouMean
        } else if existing.isEmpty {
            arguments["root"] = .text(displayRoot)
            hint = .noThemesFound
        } else {
            arguments["themes"] = .list(existing.map(MessageArgument.text))
            hint = .themesFound
        }
        return .error(.themeUnknown, at: location, arguments, hint: hint)
    }
}
