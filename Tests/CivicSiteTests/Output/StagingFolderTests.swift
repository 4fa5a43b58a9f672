@testable import CivicSite
import Foundation
import XCTest

final class StagingFolderTests: XCTestCase {
    func testCommitReplacesTheOldSiteAndLeavesNothingBehind() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("staging-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("site")
        try SiteWriter(outputDirectory: output).write([
            OutputFile(path: "old.html", text: "old"),
            OutputFile(path: "a/b/c/deep.html", text: "deep"),
        ])
        let files = (0..<200).map { OutputFile(path: "groups/g\($0)/index.html", text: "page \($0)") }
            + [OutputFile(path: "index.html", text: "home")]
        try SiteWriter(outputDirectory: output).write(files)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), ["site"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("old.html").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("a").path))
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("groups/g7/index.html"), encoding: .utf8), "page 7")
        XCTAssertEqual(FixtureBuild.files(under: output).count, 202, "the pages and the marker")
        XCTAssertTrue(StagingMarker.isPresent(atPath: output.path))
    }

    func testDiscardRemovesTheStagingFolderAndKeepsTheOldSite() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("staging-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let output = work.appendingPathComponent("site")
        try SiteWriter(outputDirectory: output).write([OutputFile(path: "index.html", text: "old")])
        let staging = try StagingFolder(replacing: output)
        try staging.write((0..<50).map { OutputFile(path: "x/\($0)/index.html", text: "new") })
        XCTAssertEqual(staging.count, 50)
        staging.discard()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path), ["site"])
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8), "old")
    }
}
