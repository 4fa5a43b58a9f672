import Foundation
import XCTest
@testable import CivicSite

/// A project in a temporary folder, as staff have one: `content/` (a copy
/// of the sample, or of the minimal fixture) and `themes/default`.
struct NewRecordProject {
    let root: URL

    static func make(sample: Bool = true) throws -> NewRecordProject {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-new-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("themes"), withIntermediateDirectories: true)
        let content = sample ? TestPaths.projectRoot.appendingPathComponent("content")
            : TestPaths.fixtures.appendingPathComponent("valid-minimal/content")
        try FileManager.default.copyItem(at: content, to: root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: TestPaths.projectRoot.appendingPathComponent("themes/default"),
                                         to: root.appendingPathComponent("themes/default"))
        return NewRecordProject(root: root)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    var content: URL { root.appendingPathComponent("content") }
    static let now = DateTime(date: LocalDate(year: 2026, month: 12, day: 1), hour: 9, minute: 30)

    func request(_ kind: RecordKind, title: String? = nil, kana: String? = nil, slug: String? = nil,
                 theme: URL? = nil) -> NewRecordRequest {
        NewRecordRequest(kind: kind, title: title, kana: kana, slug: slug, contentDirectory: content,
                         contentDisplayPath: "content", themesDirectory: root.appendingPathComponent("themes"),
                         themeDirectory: theme, now: Self.now)
    }

    func make(_ kind: RecordKind, title: String? = nil, kana: String? = nil, slug: String? = nil) throws -> NewRecordResult {
        try NewRecord.make(request(kind, title: title, kana: kana, slug: slug))
    }

    /// What `civicsite check` reports for the project, drafts left out as
    /// when publishing.
    func check(drafts: Bool = false) -> [Diagnostic] {
        let options = BuildOptions(contentDirectory: content, contentDisplayPath: "content",
                                   themesDirectory: root.appendingPathComponent("themes"),
                                   outputDirectory: root.appendingPathComponent("site"), includeDrafts: drafts,
                                   now: Self.now)
        do {
            return try SiteBuilder(options: options).check().warnings
        } catch {
            return error.items
        }
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
