import Foundation

extension BuildOptions {
    /// The check of the output folder for these options: it must not be,
    /// hold or sit inside the content or theme folders, nor hold `workingFolder`.
    public func outputFolderCheck(outputName: String, workingFolder: URL? = nil) -> OutputFolderCheck {
        var protected = [OutputFolderCheck.Protected("content folder '\(contentDisplayPath)'", contentDirectory)]
        if let themeDirectory {
            protected.append(.init("theme folder '\(themeDirectory.relativePath)'", themeDirectory))
        } else {
            protected.append(.init("themes folder '\(themesDirectory.relativePath)'", themesDirectory))
        }
        if let workingFolder {
            protected.append(.init("current folder", workingFolder, mayHoldOutput: true))
        }
        return OutputFolderCheck(output: outputDirectory, outputName: outputName, protected: protected, force: force)
    }
}
