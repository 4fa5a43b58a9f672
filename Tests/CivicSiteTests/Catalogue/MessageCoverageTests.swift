import XCTest
@testable import CivicSite

/// Every catalogue id is shown by at least one real input, with its exact
/// text, location and hint in both languages.
final class MessageCoverageTests: XCTestCase {
    func testEveryCaseShowsItsMessageExactlyInBothLanguages() throws {
        try CivicSiteCommand.requireExecutable()
        for c in MessageCases.all {
            let ja = try c.rendered(in: .ja), en = try c.rendered(in: .en)
            XCTAssertEqual(ja.lines, c.ja, "\(c.id) (ja); everything reported:\n\(ja.everything)", file: c.file, line: c.line)
            XCTAssertEqual(en.lines, c.en, "\(c.id) (en); everything reported:\n\(en.everything)", file: c.file, line: c.line)
        }
    }

    func testEveryIDHasACase() {
        let covered = Set(MessageCases.all.map(\.id))
        let missing = Catalogue.all.map(\.id).filter { !covered.contains($0) }
        XCTAssertEqual(missing, [], "catalogue ids without a test case")
    }
}
