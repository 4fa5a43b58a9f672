import Foundation
import XCTest
@testable import CivicSite

/// `docs/messages.md` lists every id; it is made from the catalogue.
final class MessageDocsTests: XCTestCase {
    func testTheMessageListIsUpToDate() throws {
        let url = TestPaths.projectRoot.appendingPathComponent("docs/messages.md")
        let expected = MessageDocs.markdown()
        if ProcessInfo.processInfo.environment["CIVICSITE_RECORD"] == "1" {
            try expected.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let actual = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        XCTAssertEqual(actual, expected, "docs/messages.md is out of date: run CIVICSITE_RECORD=1 swift test --filter MessageDocsTests")
        for m in Catalogue.all {
            XCTAssertTrue(actual.contains("## \(m.id)\n"), "\(m.id) is not in docs/messages.md")
        }
    }
}
