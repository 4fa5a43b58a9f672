import Foundation

/// The files of a theme's `layouts/`, `partials/` and `assets/`, walked
/// without leaving the theme folder: a link is followed only when it stays
/// within the theme's own folder, special files are never opened
/// (`FolderLinks`).
extension ThemeFiles {
    /// Relative paths of the plain files under `root`, a subfolder of the
    /// theme folder `layer`; hidden entries are skipped. `shown` is how
    /// `root` appears in messages.
    static func readableFiles(under root: URL, layer: URL, layerShown: String, shown: String) -> (files: [String], problems: [Diagnostic]) {
        let realLayer = FolderLinks.realPath(layer.path) ?? layer.standardizedFileURL.path
        let rootName = MessageArgument.phrase(Term.themeFolder, ["path": .text(layerShown)])
        var files: [String] = []
        var problems: [Diagnostic] = []
        // Real paths of the folders walked: a link back up cannot loop.
        var visited: Set<String> = []
        func walk(_ folder: URL, _ relative: String) {
            guard let real = FolderLinks.realPath(folder.path), visited.insert(real).inserted else { return }
            let here = relative.isEmpty ? shown : shown + "/" + relative
            for (name, verdict) in FolderLinks.entries(of: folder, realRoot: realLayer, shown: here, rootName: rootName) {
                let path = relative.isEmpty ? name : relative + "/" + name
                switch verdict {
                case .file: files.append(path)
                case .folder: walk(folder.appendingPathComponent(name), path)
                case .refused(let problem): problems.append(problem)
                }
            }
        }
        walk(root, "")
        return (files, problems)
    }

    /// Every link leaving its theme folder, broken link and special file in
    /// the folders a theme's files are read from, for the theme check.
    static func linkProblems(in layers: [(directory: URL, displayPath: String)]) -> [Diagnostic] {
        layers.flatMap { layer in
            ["layouts", "partials", "assets"].flatMap { subfolder -> [Diagnostic] in
                let root = layer.directory.appendingPathComponent(subfolder)
                guard isDirectory(root) else { return [] }
                return readableFiles(under: root, layer: layer.directory, layerShown: layer.displayPath,
                                     shown: "\(layer.displayPath)/\(subfolder)").problems
            }
        }
    }
}
