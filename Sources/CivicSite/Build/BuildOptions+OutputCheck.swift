import Foundation

extension BuildOptions {
    /// The check of the output folder for these options: it must not be,
    /// hold or sit inside the content or theme folders, nor hold `workingFolder`.
    /// With `--theme`, the themes it extends are protected too; without, the
    /// whole themes folder is.
    public func outputFolderCheck(outputName: String, workingFolder: URL? = nil) -> OutputFolderCheck {
        var protected = [OutputFolderCheck.Protected(.phrase(Term.contentFolder, ["path": .text(contentDisplayPath)]), contentDirectory)]
        if let themeDirectory {
            protected.append(.init(.phrase(Term.themeFolder, ["path": .text(themeDirectory.relativePath)]), themeDirectory))
            let shownRoot = FileIO.parentPath(of: themeDirectory.relativePath)
            let layers = (try? ThemeResolver.layers(theme: themeDirectory.lastPathComponent, chosenAt: .file(contentDisplayPath),
                                                    themesDirectory: themeDirectory.deletingLastPathComponent(),
                                                    displayRoot: shownRoot.isEmpty ? "." : shownRoot)) ?? []
            for layer in layers.dropFirst() {
                protected.append(.init(.phrase(Term.themeFolder, ["path": .text(layer.displayPath)]), layer.directory))
            }
        } else {
            protected.append(.init(.phrase(Term.themesFolder, ["path": .text(themesDirectory.relativePath)]), themesDirectory))
        }
        if let workingFolder {
            protected.append(.init(.term(Term.currentFolder), workingFolder, mayHoldOutput: true))
        }
        return OutputFolderCheck(output: outputDirectory, outputName: outputName, protected: protected, force: force)
    }
}
