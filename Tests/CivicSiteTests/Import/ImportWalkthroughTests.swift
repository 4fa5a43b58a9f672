import Foundation
import XCTest
@testable import CivicSite

/// Tried as a new centre would: the sample's settings and fields, and a
/// 400-row group list saved from Excel as CP932 CSV with the usual mess
/// (scripts/gen-import-samples.py). Every bad row gets a message at its
/// cell; with the bad rows taken out, the rest imports and the site checks.
final class ImportWalkthroughTests: XCTestCase {
    struct Expected: Decodable {
        var bad: [String: String]
        var repeated: [Int]
        var good: Int
    }

    func newCentre() throws -> ImportFixture {
        let fixture = try ImportFixture()
        let fm = FileManager.default
        for kind in ["groups", "events", "grants", "cases"] { try? fm.removeItem(at: fixture.content.appendingPathComponent(kind)) }
        try fm.removeItem(at: fixture.content.appendingPathComponent("fields"))
        try fm.removeItem(at: fixture.content.appendingPathComponent("site.yml"))
        let sample = TestPaths.projectRoot.appendingPathComponent("content")
        try fm.copyItem(at: sample.appendingPathComponent("fields"), to: fixture.content.appendingPathComponent("fields"))
        try fm.copyItem(at: sample.appendingPathComponent("site.yml"), to: fixture.content.appendingPathComponent("site.yml"))
        // The site's picture, which site.yml names, lives beside it.
        try fm.copyItem(at: sample.appendingPathComponent("site-image.png"), to: fixture.content.appendingPathComponent("site-image.png"))
        return fixture
    }

    /// The generator's CSV and what it says is wrong in it.
    func generate(rows: Int, into folder: URL) throws -> (Data, Expected) {
        let out = folder.appendingPathComponent("generated.csv")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.projectRoot.appendingPathComponent("scripts/gen-import-samples.py").path,
                             "messy", "--rows", String(rows), "--out", out.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { throw XCTSkip("python3 is needed to generate the sheet") }
        let json = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw XCTSkip("python3 could not run the generator") }
        return (try Data(contentsOf: out), try JSONDecoder().decode(Expected.self, from: json))
    }

    func testEveryBadRowOfAMessySheetIsReportedAtItsLine() throws {
        let fixture = try newCentre()
        defer { fixture.remove() }
        let (csv, expected) = try generate(rows: 400, into: fixture.root)
        let report = try fixture.run(.groups, csv, name: "団体一覧.csv")
        XCTAssertEqual(report.written, [], "nothing is written while rows have errors")
        let errorLines = Set(report.diagnostics.errors.map(\.location.line))
        XCTAssertEqual(errorLines, Set(expected.bad.keys.compactMap(Int.init)), "an error on every bad row and on no good one")
        for d in report.diagnostics.errors {
            XCTAssertEqual(d.location.file, "団体一覧.csv")
            XCTAssertNotNil(d.note, "\(d) names its column")
        }
        let repeated = report.diagnostics.warnings.filter { $0.entry == .repeatedRow }.map(\.location.line)
        XCTAssertEqual(repeated, expected.repeated)
        XCTAssertEqual(report.diagnostics.warnings.filter { $0.entry == .unusedColumn }.count, 1, "備考")
        XCTAssertEqual(report.rowsWithErrors, expected.bad.count)
    }

    func testWithoutTheBadRowsTheRestImportsAndTheSiteChecks() throws {
        let fixture = try newCentre()
        defer { fixture.remove() }
        let (csv, expected) = try generate(rows: 400, into: fixture.root)
        // The sheet with the bad rows deleted, saved again as CP932.
        let text = CP932Table.decode([UInt8](csv)[...]).text
        let bad = Set(expected.bad.keys.compactMap(Int.init))
        let kept = CSVReader.read(text).rows.filter { !bad.contains($0.line) }
        let cleaned = kept.map { $0.fields.map { OpenDataCSV.cell($0.text) }.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        let report = try fixture.run(.groups, try XCTUnwrap(cleaned.data(using: .shiftJIS)), name: "団体一覧.csv")
        XCTAssertEqual(report.diagnostics.errors.map(\.description), [])
        XCTAssertEqual(report.written.count, expected.good)
        let options = BuildOptions(contentDirectory: fixture.content, themesDirectory: TestPaths.projectRoot.appendingPathComponent("themes"),
                                   outputDirectory: fixture.root.appendingPathComponent("site"), includeDrafts: false,
                                   now: DateTime(date: LocalDate(year: 2026, month: 12, day: 1), hour: 0, minute: 0), strict: true)
        XCTAssertNoThrow(try SiteBuilder(options: options).build(), "the imported groups build with no warning")
        let built = try String(contentsOf: fixture.root.appendingPathComponent("site/data/groups.csv"), encoding: .utf8)
        XCTAssertTrue(built.contains("会議室①"), "CP932's own characters arrive as written")
    }
}
