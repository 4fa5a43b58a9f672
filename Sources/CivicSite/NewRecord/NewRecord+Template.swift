import Foundation

extension NewRecord {
    /// A record template: where it was found and its text.
    struct Template {
        var displayPath: String
        var text: String
    }

    /// The first `archetypes/<kind>.md` of: the site's own `archetypes/`
    /// folder, the theme, the themes it extends (most specific first).
    static func findTemplate(_ request: NewRecordRequest) throws(DiagnosticList) -> Template {
        let name = "\(request.kind.rawValue).md"
        let places = [request.siteArchetypes] + (try themeLayers(request)).map {
            ($0.directory.appendingPathComponent("archetypes"), "\($0.displayPath)/archetypes")
        }
        for (directory, shown) in places {
            let url = directory.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            return Template(displayPath: "\(shown)/\(name)", text: try ThemeFiles.read(url, displayPath: "\(shown)/\(name)"))
        }
        throw DiagnosticList([.error(.newNoTemplate, at: nowhere,
                                     ["kind": .text(request.kind.singular), "places": .list(places.map { .text("\($0.1)/\(name)") })])])
    }

    /// The theme's layers, as the build finds them: `--theme DIR`, else the
    /// `theme:` of `site.yml` (`default` when it names none).
    static func themeLayers(_ request: NewRecordRequest) throws(DiagnosticList) -> [(directory: URL, displayPath: String)] {
        if let directory = request.themeDirectory {
            let shownRoot = FileIO.parentPath(of: directory.relativePath)
            return try ThemeResolver.layers(theme: directory.lastPathComponent, chosenAt: .file("\(request.contentDisplayPath)/site.yml"),
                                            themesDirectory: directory.deletingLastPathComponent(),
                                            displayRoot: shownRoot.isEmpty ? "." : shownRoot)
        }
        let chosen = siteTheme(request)
        return try ThemeResolver.layers(theme: chosen.name, chosenAt: chosen.location, themesDirectory: request.themesDirectory,
                                        displayRoot: "themes")
    }

    /// The `theme:` of `site.yml`, read on its own: a mistake elsewhere in
    /// the settings is `check`'s to report, and must not stop a new record.
    static func siteTheme(_ request: NewRecordRequest) -> (name: String, location: SourceLocation) {
        let shown = "\(request.contentDisplayPath)/site.yml"
        guard let data = FileManager.default.contents(atPath: request.contentDirectory.appendingPathComponent("site.yml").path),
              case .success(let text) = SourceText.decode(data, path: shown),
              let entry = FrontMatterParser.parse(text, file: shown).node?["theme"],
              case .string(let name) = entry.value.value, !name.isEmpty else {
            return ("default", .file(shown))
        }
        return (name, entry.value.location)
    }

    /// The template filled in. Its own mistakes (an unclosed tag, an
    /// unknown `{{name}}`) are reported at their place in it.
    static func render(_ template: Template, values: TemplateValue) throws(DiagnosticList) -> String {
        let parsed = try MustacheTemplate.parse(template.text, path: template.displayPath)
        return try parsed.render(values, strict: true, escaping: .none)
    }
}
