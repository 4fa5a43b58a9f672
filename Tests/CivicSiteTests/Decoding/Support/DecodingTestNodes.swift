import XCTest
@testable import CivicSite

/// Front matter for decoder tests, parsed by the real parser so that the
/// locations the tests state are the ones users will see.
enum DecodingTestNodes {
    static func parse(_ text: String, file: String, firstLine: Int = 2) -> FrontMatterNode? {
        let parsed = FrontMatterParser.parse(text + "\n", file: file, firstLine: firstLine)
        XCTAssertEqual(parsed.diagnostics, [], "test front matter must parse")
        return parsed.node
    }

    /// The day the tests build on, as the fixture site's `--now`: hints
    /// about dates without a year depend on it.
    static let today = LocalDate(year: 2026, month: 12, day: 1)

    /// A document for a record file, the front matter starting on line 2.
    static func document(_ path: String, _ frontMatter: String, body: String = "", today: LocalDate = today) -> DecodingDocument {
        let fileName = String(path.split(separator: "/").last ?? "")
        return DecodingDocument(path: path, fileName: fileName, frontMatter: parse(frontMatter, file: path),
                                body: body, bodyFirstLine: frontMatter.split(separator: "\n", omittingEmptySubsequences: false).count + 3,
                                today: today)
    }
}
