import Foundation

extension ThemeTemplates {
    /// `layers` are theme folders, most specific first (a child theme, then the theme it extends).
    /// A file in an earlier layer overrides the same relative file in a later one.
    /// `displayPath` is how the folder is shown in messages, e.g. "themes/default".
    /// Loads `layouts/*.mustache` (names without extension are the page kinds) and `partials/*.mustache`,
    /// subfolders included (`partials/cards/group.mustache` is `cards/group`).
    /// Collects every parse error in every file before throwing.
    public static func load(layers: [(directory: URL, displayPath: String)]) throws(DiagnosticList) -> ThemeTemplates {
        var problems = DiagnosticList()
        for layer in layers where !ThemeFiles.isDirectory(layer.directory) {
            problems.append(.error(.themeLayerNotFound, at: .file(layer.displayPath)))
        }
        var parsedFileCount = 0
        func parseAll(_ folder: String) -> [String: MustacheTemplate] {
            var templates: [String: MustacheTemplate] = [:]
            for file in ThemeFiles.winningFiles(in: folder, of: layers) where file.relativePath.hasSuffix(".mustache") {
                let name = String(file.relativePath.dropLast(".mustache".count))
                parsedFileCount += 1
                do throws(DiagnosticList) {
                    let source = try ThemeFiles.read(file.source, displayPath: file.displayPath)
                    templates[name] = try MustacheTemplate.parse(source, path: file.displayPath)
                } catch {
                    problems.append(contentsOf: error)
                }
            }
            return templates
        }
        let layouts = parseAll("layouts")
        let partials = parseAll("partials")
        let assets = ThemeFiles.winningFiles(in: "assets", of: layers).map { ($0.relativePath, $0.source) }
        var variants: [[String]] = []
        for file in ThemeFiles.winningFiles(in: "search", of: layers) where file.relativePath == "variants.txt" {
            do throws(DiagnosticList) {
                let table = SearchSynonymsDecoder.decodeTable(try ThemeFiles.read(file.source, displayPath: file.displayPath),
                                                              path: file.displayPath)
                problems.append(contentsOf: table.diagnostics)
                variants = table.groups
            } catch {
                problems.append(contentsOf: error)
            }
        }
        if problems.hasErrors { throw problems }
        var theme = ThemeTemplates(layouts: layouts, partials: partials, assets: assets,
                                   parsedFileCount: parsedFileCount, primaryDisplayPath: layers.first?.displayPath ?? "themes")
        theme.searchVariants = variants
        return theme
    }
}
