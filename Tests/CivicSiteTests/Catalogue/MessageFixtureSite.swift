import Foundation
import XCTest
@testable import CivicSite

/// A copy of `Tests/Fixtures/valid-minimal` in a temporary folder, changed
/// by a test and checked as `civicsite check` would.
enum MessageFixtureSite {
    static func check(_ files: [String: String?], data: [String: Data] = [:], links: [String: String] = [:],
                      drafts: Bool = false, now: String = "2026-12-01") throws -> [Diagnostic] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-messages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"), to: content)
        for (path, text) in files {
            let url = content.appendingPathComponent(path)
            if let text {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            } else {
                try? FileManager.default.removeItem(at: url)
            }
        }
        for (path, bytes) in data {
            let url = content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url)
        }
        for (path, target) in links {
            let url = content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
        }
        guard case .success(let date) = DecodingDateText.date(now) else { throw XCTSkip("bad date") }
        let options = BuildOptions(contentDirectory: content, contentDisplayPath: "content",
                                   themesDirectory: TestPaths.projectRoot.appendingPathComponent("themes"),
                                   outputDirectory: root.appendingPathComponent("site"), includeDrafts: drafts,
                                   now: DateTime(date: date, hour: 0, minute: 0))
        do {
            return try SiteBuilder(options: options).check().warnings
        } catch {
            return error.items
        }
    }
}
