import Foundation
import XCTest
@testable import CivicSite

/// `data/groups.csv`, `grants.csv` and `cases.csv` of the sample site,
/// imported into a centre that has only its settings and fields, give back
/// the same records.
final class ExportImportRoundTripTests: XCTestCase {
    func testExportThenImportGivesTheSameRecords() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-roundtrip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let sample = TestPaths.projectRoot.appendingPathComponent("content")
        let now = DateTime(date: LocalDate(year: 2026, month: 12, day: 1), hour: 0, minute: 0)
        let site = root.appendingPathComponent("site")
        _ = try SiteBuilder(options: BuildOptions(contentDirectory: sample, themesDirectory: TestPaths.projectRoot.appendingPathComponent("themes"),
                                                  outputDirectory: site, now: now)).build()
        let fresh = root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: fresh, withIntermediateDirectories: true)
        // site.yml names the site's picture, which lives beside it.
        for name in ["site.yml", "site-image.png", "fields"] {
            try FileManager.default.copyItem(at: sample.appendingPathComponent(name), to: fresh.appendingPathComponent(name))
        }
        // Groups first: cases name their partners by the groups' names.
        for kind in [RecordKind.groups, .grants, .cases] {
            let report = Importer.run(ImportOptions(kind: kind, csv: site.appendingPathComponent("data/\(kind.rawValue).csv"),
                                                    csvDisplayPath: "\(kind.rawValue).csv", contentDirectory: fresh,
                                                    contentDisplayPath: "content", today: now.date))
            XCTAssertEqual(report.diagnostics.items.map(\.description), [], "\(kind)")
        }
        let original = try XCTUnwrap(ContentLoader.load(directory: sample, displayPath: "content", includeDrafts: false).content)
        let (read, problems) = ContentLoader.load(directory: fresh, displayPath: "content", includeDrafts: false)
        XCTAssertEqual(problems.items.map(\.description), [])
        let back = try XCTUnwrap(read)
        func plain<R>(_ records: [R], _ strip: (inout R) -> Void) -> [R] { records.map { var r = $0; strip(&r); return r } }
        let noSource = RecordSource(path: "")
        XCTAssertEqual(plain(back.groups) { $0.source = noSource }, plain(original.groups) { $0.source = noSource })
        XCTAssertEqual(plain(back.grants) { $0.source = noSource }, plain(original.grants) { $0.source = noSource })
        XCTAssertEqual(plain(back.cases) { $0.source = noSource }, plain(original.cases) { $0.source = noSource })
        XCTAssertEqual(back.groups.count, original.groups.count)
        XCTAssertGreaterThan(back.groups.count, 30)
    }
}
