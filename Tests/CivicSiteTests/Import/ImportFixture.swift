import Foundation
import XCTest
@testable import CivicSite

/// A copy of `Tests/Fixtures/valid-minimal` in a temporary folder and a CSV
/// beside it, imported as `civicsite import` does. The CSV is named
/// `groups.csv` (or the kind's name) in messages.
struct ImportFixture {
    var root: URL
    var content: URL { root.appendingPathComponent("content") }

    init(files: [String: String?] = [:]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-import-\(UUID().uuidString)")
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
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Imports `csv` (bytes as saved) as `kind`.
    func run(_ kind: RecordKind, _ csv: Data, name: String? = nil, map: String? = nil, mapName: String? = nil,
             dryRun: Bool = false) throws -> ImportReport {
        let shown = name ?? "\(kind.rawValue).csv"
        let url = root.appendingPathComponent(shown)
        try csv.write(to: url)
        var mapPath = mapName
        if let map {
            if ImportMapping.builtIn[map] != nil {
                mapPath = map
            } else {
                let mapURL = root.appendingPathComponent("map.yml")
                try Data(map.utf8).write(to: mapURL)
                mapPath = mapURL.path
            }
        }
        return Importer.run(ImportOptions(kind: kind, csv: url, csvDisplayPath: shown, contentDirectory: content,
                                          contentDisplayPath: "content", mapping: mapPath, dryRun: dryRun,
                                          today: LocalDate(year: 2026, month: 12, day: 1)))
    }

    func run(_ kind: RecordKind, _ csv: String, map: String? = nil, dryRun: Bool = false) throws -> ImportReport {
        try run(kind, Data(csv.utf8), map: map, dryRun: dryRun)
    }

    /// One import in a fresh copy, its problems.
    static func problems(_ kind: RecordKind, _ csv: String, map: String? = nil) throws -> [Diagnostic] {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        return fixture.shown(try fixture.run(kind, csv, map: map, dryRun: true).diagnostics.items)
    }

    /// Problems with the temporary folder left out of their places (`map.yml:2:10`).
    func shown(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { d in
            var d = d
            if d.location.file.hasPrefix(root.path + "/") { d.location.file = String(d.location.file.dropFirst(root.path.count + 1)) }
            return d
        }
    }

    static func problems(_ kind: RecordKind, bytes: Data, map: String? = nil) throws -> [Diagnostic] {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        return try fixture.run(kind, bytes, map: map, dryRun: true).diagnostics.items
    }

    /// The text of a file of the content folder.
    func text(_ path: String) throws -> String {
        try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
    }
}

extension String {
    /// CP932 bytes, as Japanese Excel saves 「CSV (コンマ区切り)」.
    var cp932: Data { data(using: .shiftJIS) ?? Data() }
}
