import Foundation
import XCTest
@testable import CivicSite

/// The CSV reader against another parser: 400 random texts read by Python's
/// csv module (scripts/gen-csv-fuzz-corpus.py wrote its results), cell for
/// cell, including quotes inside unquoted cells and text after a closing
/// quote, which both read as Excel does.
final class CSVReaderDifferentialTests: XCTestCase {
    struct Case: Decodable {
        var text: String
        var python: [[String]]
    }

    func testTheReaderAgreesWithPythonsCSVModule() throws {
        let data = try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("import/csv-fuzz-corpus.json"))
        let cases = try JSONDecoder().decode([Case].self, from: data)
        XCTAssertEqual(cases.count, 400)
        var withQuotesInside = 0
        for c in cases {
            let ours = CSVReader.read(c.text)
            XCTAssertFalse(ours.problems.contains { if case .unclosedQuote = $0 { return true }; return false }, c.text)
            // Python gives no cell for an empty line; the import a row of one empty cell, skipped later as blank.
            let python = c.python.map { $0.isEmpty ? [""] : $0 }
            XCTAssertEqual(ours.rows.map { $0.fields.map(\.text) }, python, c.text.debugDescription)
            if c.text.contains("\"\"") { withQuotesInside += 1 }
        }
        XCTAssertGreaterThan(withQuotesInside, 50, "the corpus exercises doubled quotes")
    }
}
