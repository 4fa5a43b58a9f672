import XCTest
@testable import CivicSite

/// Assertions shared by the front-matter tests.
enum FrontMatterCheck {
    static let file = "content/groups/a.md"

    /// Parses `text` and returns the rendered tree, failing on any diagnostic.
    static func value(_ text: String, firstLine: Int = 1, file: StaticString = #filePath, line: UInt = #line) -> String {
        let result = FrontMatterParser.parse(text, file: Self.file, firstLine: firstLine)
        XCTAssertEqual(result.diagnostics.map(\.description), [], file: file, line: line)
        guard let node = result.node else {
            XCTFail("no node", file: file, line: line)
            return ""
        }
        return FrontMatterRender.render(node)
    }

    /// Parses `text`, asserting it fails, and returns the diagnostics as
    /// printed (`path:line:col: error: message` and the hint line).
    static func errors(_ text: String, firstLine: Int = 1, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let result = FrontMatterParser.parse(text, file: Self.file, firstLine: firstLine)
        XCTAssertNotNil(result.node, "a failed parse still returns the entries it could read", file: file, line: line)
        XCTAssertFalse(result.diagnostics.isEmpty, "expected diagnostics", file: file, line: line)
        return result.diagnostics.map(\.description)
    }

    /// The first diagnostic, as printed.
    static func error(_ text: String, firstLine: Int = 1, file: StaticString = #filePath, line: UInt = #line) -> String {
        errors(text, firstLine: firstLine, file: file, line: line).first ?? ""
    }

    /// The top-level entry for `key`.
    static func entry(_ text: String, _ key: String, file: StaticString = #filePath, line: UInt = #line) -> FrontMatterEntry? {
        let result = FrontMatterParser.parse(text, file: Self.file)
        XCTAssertEqual(result.diagnostics.map(\.description), [], file: file, line: line)
        return result.node?[key]
    }
}
