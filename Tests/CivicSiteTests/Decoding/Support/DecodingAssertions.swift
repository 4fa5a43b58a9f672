import XCTest
@testable import CivicSite

/// Compares diagnostics as the user sees them, so that a test states the
/// exact message, hint and location.
func assertDiagnostics(_ diagnostics: [Diagnostic], _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
    let actual = DiagnosticList(diagnostics).description
    XCTAssertEqual(actual, expected, "\n--- actual ---\n\(actual)\n--- expected ---\n\(expected)", file: file, line: line)
}
