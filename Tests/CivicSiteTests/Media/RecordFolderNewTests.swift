import XCTest
@testable import CivicSite

/// `civicsite new` knows records written as folders: it never writes
/// `x.md` beside an `x/index.md`, which would be the same slug twice.
final class RecordFolderNewTests: XCTestCase {
    func testARecordFolderCountsAsAnExistingRecord() throws {
        let project = try NewRecordProject.make()
        defer { project.remove() }
        try project.write("---\ntitle: 防災訓練\n---\n", to: "content/events/bosai-kunren/index.md")
        XCTAssertThrowsError(try project.make(.events, slug: "bosai-kunren")) { error in
            XCTAssertEqual((error as? DiagnosticList)?.items.first?.message,
                           "'content/events/bosai-kunren/index.md' already exists; it is not overwritten")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("content/events/bosai-kunren.md").path))
    }
}
