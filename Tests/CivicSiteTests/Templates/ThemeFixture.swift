import Foundation

/// Theme folders written to a temporary directory, so each test states the
/// exact files it relies on and can change or delete them.
struct ThemeFixture {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    /// Writes `files` (path relative to `themes/<theme>/` → content).
    func write(_ theme: String, _ files: [String: String]) throws {
        for (path, content) in files {
            let url = root.appendingPathComponent(theme).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
    }

    /// Layers for `themes`, most specific first, shown as `themes/<name>`.
    func layers(_ themes: String...) -> [(directory: URL, displayPath: String)] {
        themes.map { (root.appendingPathComponent($0), "themes/\($0)") }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
