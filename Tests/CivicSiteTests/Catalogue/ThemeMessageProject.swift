import Foundation
import XCTest
@testable import CivicSite

/// A project in a temporary folder: the minimal valid content and a copy of
/// the default theme, with files added, replaced or removed (paths from the
/// project root: `themes/default/partials/x.mustache`, `content/site.yml`),
/// checked as `civicsite check` does, so theme messages come with the paths
/// and positions a contractor would see.
enum ThemeMessageProject {
    static func check(_ files: [String: String?], links: [String: String] = [:]) throws -> [Diagnostic] {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("civicsite-theme-messages-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: root) }
        try fm.createDirectory(at: root.appendingPathComponent("themes"), withIntermediateDirectories: true)
        try fm.copyItem(at: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"), to: root.appendingPathComponent("content"))
        try fm.copyItem(at: TestPaths.projectRoot.appendingPathComponent("themes/default"),
                        to: root.appendingPathComponent("themes/default"))
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            if let text {
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } else {
                try fm.removeItem(at: url)
            }
        }
        for (path, destination) in links {
            try fm.createSymbolicLink(atPath: root.appendingPathComponent(path).path, withDestinationPath: destination)
        }
        guard case .success(let date) = DecodingDateText.date("2026-12-01") else { throw XCTSkip("bad date") }
        let options = BuildOptions(contentDirectory: root.appendingPathComponent("content"), contentDisplayPath: "content",
                                   themesDirectory: root.appendingPathComponent("themes"),
                                   outputDirectory: root.appendingPathComponent("site"),
                                   now: DateTime(date: date, hour: 0, minute: 0))
        do {
            return try SiteBuilder(options: options).check().warnings
        } catch {
            return error.items
        }
    }

    /// The fixture's `site.yml` with a `theme:` line added as its last line.
    static func siteYML(theme: String) -> String {
        let url = TestPaths.fixtures.appendingPathComponent("valid-minimal/content/site.yml")
        return ((try? String(contentsOf: url, encoding: .utf8)) ?? "") + "theme: \(theme)\n"
    }
}

extension MessageSource {
    /// The minimal valid site and the default theme, changed by `files` (see `ThemeMessageProject`).
    static func project(_ files: [String: String?], links: [String: String] = [:]) -> MessageSource {
        MessageSource { try ThemeMessageProject.check(files, links: links) }
    }
}
