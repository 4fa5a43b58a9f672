import Foundation

/// Reads `theme.yml` of a theme folder to find the theme it extends, so the
/// template stage can stack a city's theme over the default one.
enum ThemeResolver {
    /// The theme folders, most specific first.
    static func layers(theme: String, chosenAt location: SourceLocation, themesDirectory: URL,
                       displayRoot: String) throws(DiagnosticList) -> [(directory: URL, displayPath: String)] {
        try ThemeTemplates.layers(theme: theme, chosenAt: location, themesDirectory: themesDirectory,
                                  displayRoot: displayRoot) { (name, directory) throws(DiagnosticList) in
            try parent(of: directory, displayPath: "\(displayRoot)/\(name)/theme.yml")
        }
    }

    /// The `extends:` entry of a theme's `theme.yml`, if any.
    static func parent(of directory: URL, displayPath: String) throws(DiagnosticList) -> ThemeTemplates.ThemeParent? {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent("theme.yml").path) else {
            return nil
        }
        let text: String
        switch SourceText.decode(data, path: displayPath) {
        case .failure(let problems): throw problems
        case .success(let decoded): text = decoded
        }
        let (node, problems) = FrontMatterParser.parse(text, file: displayPath)
        if problems.contains(where: \.isError) { throw DiagnosticList(problems) }
        guard let entry = node?["extends"] else { return nil }
        guard case .string(let name) = entry.value.value, !name.isEmpty else {
            throw DiagnosticList([.error(.themeExtendsNotAName, at: entry.value.location)])
        }
        return (name, entry.value.location)
    }
}
