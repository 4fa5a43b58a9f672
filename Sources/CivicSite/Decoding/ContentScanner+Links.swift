import Foundation

extension ContentScanner {
    /// The entries of a folder of `content/` that may be read, as `listing`
    /// gives them; links that leave the content folder, broken links and
    /// special files are reported into `diagnostics` and left out.
    static func readableListing(_ folder: URL, root: URL, shown: String, rootShown: String,
                                _ diagnostics: inout [Diagnostic]) -> [String] {
        let realRoot = FolderLinks.realPath(root.path) ?? root.standardizedFileURL.path
        let rootName = MessageArgument.phrase(Term.contentFolder, ["path": .text(rootShown)])
        var names: [String] = []
        for (name, verdict) in FolderLinks.entries(of: folder, realRoot: realRoot, shown: shown, rootName: rootName) {
            if case .refused(let problem) = verdict { diagnostics.append(problem) } else { names.append(name) }
        }
        return names
    }
}
