import Foundation

/// File-system helpers for theme layers: which file wins, and reading it.
enum ThemeFiles {
    struct File {
        /// Relative to the layer's subfolder, with `/` separators.
        let relativePath: String
        let source: URL
        let displayPath: String
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The files under `subfolder` of every layer, the earliest layer winning
    /// for each relative path; hidden files (`.DS_Store`, editor backups) are
    /// skipped. Sorted by relative path so output does not depend on the disk.
    static func winningFiles(in subfolder: String, of layers: [(directory: URL, displayPath: String)]) -> [File] {
        var winners: [String: File] = [:]
        for layer in layers {
            let root = layer.directory.appendingPathComponent(subfolder)
            guard isDirectory(root) else { continue }
            // Links leaving the theme folder and special files are not read (ThemeFiles+Links).
            let readable = readableFiles(under: root, layer: layer.directory, layerShown: layer.displayPath,
                                         shown: "\(layer.displayPath)/\(subfolder)").files
            for relative in readable where winners[relative] == nil {
                let url = root.appendingPathComponent(relative)
                winners[relative] = File(relativePath: relative, source: url,
                                         displayPath: "\(layer.displayPath)/\(subfolder)/\(relative)")
            }
        }
        return winners.values.sorted { $0.relativePath < $1.relativePath }
    }

    static func read(_ url: URL, displayPath: String) throws(DiagnosticList) -> String {
        let data: Data
        do {
            data = try FileIO.read(url.path, limit: InputLimits.templateFileBytes)
        } catch let tooLarge as FileIO.TooLarge {
            throw DiagnosticList([.error(.themeFileTooLarge, at: .file(displayPath), InputLimits.arguments(tooLarge))])
        } catch {
            throw DiagnosticList([.error(.themeFileUnreadable, at: .file(displayPath), ["reason": .term(Term.reason(of: error))])])
        }
        // The content files' decoding: located errors that recognise
        // Shift_JIS, no byte-order mark copied into every page, LF only.
        switch SourceText.decode(data, path: displayPath) {
        case .success(let text): return text
        case .failure(let problems): throw problems
        }
    }
}
