import Foundation

/// Finds the folders of a theme and the themes it extends, most specific
/// first: `themes/city/` then `themes/default/` when `city/theme.yml` says
/// `extends: default`.
struct ThemeResolver {
    var themesDirectory: URL
    var themesDisplayPath: String

    func layers(startingAt directory: URL, displayPath: String) -> (layers: [(directory: URL, displayPath: String)], diagnostics: [Diagnostic]) {
        var layers: [(directory: URL, displayPath: String)] = []
        var diagnostics: [Diagnostic] = []
        var current: (URL, String)? = (directory, displayPath)
        var seen: Set<String> = []
        while let (dir, shown) = current {
            guard FileManager.default.fileExists(atPath: dir.path) else {
                diagnostics.append(.error(at: .file(shown), "theme folder not found",
                                          hint: "check `theme:` in site.yml or the --theme option"))
                break
            }
            layers.append((dir, shown))
            seen.insert(dir.standardizedFileURL.path)
            current = nil
            let configURL = dir.appendingPathComponent("theme.yml")
            guard let data = try? Data(contentsOf: configURL) else { break }
            let configPath = shown + "/theme.yml"
            switch SourceText.decode(data, path: configPath) {
            case .failure(let d): diagnostics.append(d)
            case .success(let text):
                let (node, problems) = FrontMatterParser.parse(text, file: configPath)
                diagnostics += problems
                guard let entry = node?["extends"] else { break }
                guard case .string(let parent) = entry.value.value else {
                    diagnostics.append(.error(at: entry.value.location, "'extends' must name a theme folder"))
                    break
                }
                let parentDir = themesDirectory.appendingPathComponent(parent)
                if seen.contains(parentDir.standardizedFileURL.path) {
                    diagnostics.append(.error(at: entry.value.location, "theme '\(parent)' extends itself in a loop"))
                } else {
                    current = (parentDir, themesDisplayPath + "/" + parent)
                }
            }
        }
        return (layers, diagnostics)
    }
}
