import Foundation
import XCTest
@testable import CivicSite

/// `civicsite import` as staff run it: exit codes, the dry run's listing,
/// the summary lines, a second run that writes nothing.
final class ImportCommandTests: XCTestCase {
    func testDryRunThenImportThenTheSameSheetAgain() throws {
        try CivicSiteCommand.requireExecutable()
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        try Data("団体名,ふりがな,組織形態,活動分野,概要\r\nみどり会,みどりかい,任意団体,環境,里山を守っています。\r\n".cp932)
            .write(to: fixture.root.appendingPathComponent("団体一覧.csv"))
        let dry = try CivicSiteCommand.run(["import", "groups", "団体一覧.csv", "--dry-run", "--lang", "en"], in: fixture.root)
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("==> content/groups/midori-kai.md (would be written)\n---\ntitle: みどり会\n"), dry.stdout)
        XCTAssertTrue(dry.stdout.contains("dry run: 1 files would be written (0 warnings); nothing was written"), dry.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.content.appendingPathComponent("groups/midori-kai.md").path))

        let run = try CivicSiteCommand.run(["import", "groups", "団体一覧.csv", "--lang", "ja"], in: fixture.root)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("取り込み完了: 1件のファイルを content/groups に書き出しました（警告 0件）"), run.stdout)
        XCTAssertTrue(try fixture.text("groups/midori-kai.md").hasPrefix("---\ntitle: みどり会\n"))

        let again = try CivicSiteCommand.run(["import", "groups", "団体一覧.csv", "--lang", "en"], in: fixture.root)
        XCTAssertEqual(again.status, 0)
        XCTAssertTrue(again.stderr.contains("団体一覧.csv:2:1: warning: 'みどり会' is already in content/groups/midori-kai.md"), again.stderr)
        XCTAssertTrue(again.stdout.contains("wrote 0 files"), again.stdout)
    }

    func testAnErrorExitsWithOneAndWritesNothing() throws {
        try CivicSiteCommand.requireExecutable()
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        try Data("団体名,ふりがな,組織形態,活動分野,概要\nみどり会,みどりかい,任意団体,宇宙,説明です。\n".utf8)
            .write(to: fixture.root.appendingPathComponent("g.csv"))
        let run = try CivicSiteCommand.run(["import", "groups", "g.csv", "--lang", "en"], in: fixture.root)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("g.csv:2:4: error: unknown field '宇宙' (column '活動分野') [CS3021]"), run.stderr)
        XCTAssertTrue(run.stderr.contains("import failed: 1 errors in 1 rows, 0 warnings; nothing was written"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.content.appendingPathComponent("groups/midori-kai.md").path))
        let usage = try CivicSiteCommand.run(["import", "groups"], in: fixture.root)
        XCTAssertEqual(usage.status, 2)
    }
}
