import XCTest
@testable import CivicSite

final class FieldValidationTests: XCTestCase {
    typealias R = ValidationTestRecords

    func testReferencesByIdNumberNameOrShortLabelBecomeSlugs() {
        var content = SiteContent(config: ContentLoader.placeholderConfig, fields: [R.children, R.environment],
                                  groups: [R.group("a", fields: ["11", "環境"]), R.group("b", fields: ["子どもの健全育成を図る活動", "children"])])
        let diagnostics = FieldReferenceResolver(fields: content.fields).resolveAll(in: &content)
        assertDiagnostics(diagnostics, "")
        XCTAssertEqual(content.groups[0].fields, ["children", "environment"])
        XCTAssertEqual(content.groups[1].fields, ["children"], "the same field twice is kept once")
    }

    func testUnknownFieldIsReportedAtTheItemWithTheNearestSpelling() {
        var content = SiteContent(config: ContentLoader.placeholderConfig, fields: [R.children, R.environment],
                                  groups: [R.group("a", fields: ["children", "childern"]), R.group("b", fields: ["宇宙"])])
        assertDiagnostics(FieldReferenceResolver(fields: content.fields).resolveAll(in: &content), """
            content/groups/a.md:5:20: error: unknown field 'childern'
                hint: did you mean 'children'?
            content/groups/b.md:5:10: error: unknown field '宇宙'
                hint: write a field id, its number (1-17), its name or its short label
            """)
    }

    func testFieldIdsAndNumbersFollowTheFixedList() {
        let wrongNumber = R.field("children", 12, "子ども", "子ども")
        let unknown = Field(slug: "childern", number: 11, name: "x", short: "x", source: R.source("content/fields/childern.md"))
        let diagnostics = FieldSetValidator.validate([R.environment, wrongNumber, unknown], fieldsFolder: "content/fields")
        let missing = FieldCatalog.ids.filter { !["environment", "children"].contains($0) }
        assertDiagnostics(diagnostics, """
            content/fields:1:1: warning: 15 of the 17 activity fields have no file: \(missing.joined(separator: ", "))
                hint: records cannot refer to a field without its file
            content/fields/childern.md:1:1: error: unknown field id 'childern'
                hint: did you mean 'children'?
            content/fields/children.md:2:9: error: field 'children' must have number 11, found 12
                hint: the numbers follow the order of the npo act's list of activities
            """)
    }

    func testDuplicateFieldNumber() {
        let twin = R.field("gender-equality", 11, "x", "x")
        let diagnostics = FieldSetValidator.validate([R.children, twin], fieldsFolder: "content/fields")
        XCTAssertTrue(diagnostics.map(\.description).contains("""
            content/fields/gender-equality.md:2:9: error: duplicate field number 11
                hint: 'content/fields/children.md' already has it
            """), diagnostics.description)
    }
}
