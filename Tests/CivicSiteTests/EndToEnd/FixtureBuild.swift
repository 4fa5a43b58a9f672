import CivicSite
import Foundation

/// Builds fixture sites into temporary folders for the end-to-end tests.
enum FixtureBuild {
    /// The build date every fixture is built with, so golden files never age.
    static let now = DateTime(date: LocalDate(year: 2026, month: 12, day: 1), hour: 9, minute: 0)

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["CIVICSITE_RECORD"] == "1"
    }

    static func temporaryDirectory(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("civicsite-tests-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Options for building `<siteRoot>/content` with the project's themes
    /// (or the fixture's own `themes/` folder when it has one).
    static func options(siteRoot: URL, output: URL, baseURL: String? = nil) -> BuildOptions {
        let ownThemes = siteRoot.appendingPathComponent("themes")
        let themes = FileManager.default.fileExists(atPath: ownThemes.path)
            ? ownThemes : TestPaths.projectRoot.appendingPathComponent("themes")
        return BuildOptions(contentDirectory: siteRoot.appendingPathComponent("content"), contentDisplayPath: "content",
                            themesDirectory: themes, outputDirectory: output, baseURL: baseURL, now: now)
    }

    /// Every file below `root`, as sorted relative paths.
    static func files(under root: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var paths: [String] = []
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(prefix.count)))
        }
        return paths.sorted()
    }

    /// Replaces `target` with a copy of `source` (re-recording golden files).
    static func replace(_ target: URL, with source: URL) throws {
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: source, to: target)
    }
}
