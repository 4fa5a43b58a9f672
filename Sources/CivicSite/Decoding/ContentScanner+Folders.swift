import Foundation

/// Records written as a folder of their own, `<kind>/<slug>/index.md`, with
/// their photos and flyers beside them (what Hugo calls a page bundle).
extension ContentScanner {
    static let recordFileName = "index.md"

    /// The record of `entry` when it is a folder holding `index.md`; nil
    /// otherwise (the entry is then looked at as a stray file or folder).
    static func recordFolder(_ entry: String, in kindFolder: URL, shown kindShown: String, root: URL, rootShown: String,
                             kind: RecordKind, _ diagnostics: inout [Diagnostic]) -> ContentFile? {
        let url = kindFolder.appendingPathComponent(entry)
        guard isDirectory(url), FileManager.default.fileExists(atPath: url.appendingPathComponent(recordFileName).path) else {
            return nil
        }
        let shown = "\(kindShown)/\(entry)"
        var files: [String] = []
        for name in readableListing(url, root: root, shown: shown, rootShown: rootShown, &diagnostics) where name != recordFileName {
            if isDirectory(url.appendingPathComponent(name)) {
                diagnostics.append(.warning(.folderInRecordFolder, at: .file("\(shown)/\(name)"),
                                            ["folder": .text("\(entry)/\(name)"), "path": .text(shown)]))
            } else if classify(name) != .litter {
                files.append(name)
            }
        }
        return ContentFile(kind: kind, path: url.appendingPathComponent(recordFileName).path,
                           displayPath: "\(shown)/\(recordFileName)", fileName: entry,
                           folder: RecordFolderSource(url: url, shown: shown, files: files))
    }
}
