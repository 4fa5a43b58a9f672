import XCTest
@testable import CivicSite

final class FieldValidationTests: XCTestCase {
    typealias R = ValidationTestRecords

    func testReferencesByIdNumberNameOrShortLabelBecomeSlugs() {
        var content = SiteContent(config: ContentLoader.placeholderConfig, fields: [R.children, R.environment],
                                  groups: [R.group("a", fields: ["11", "環境"]), R.group("b", fields: ["子どもの健全育成を図る活動", "children"])])
        let diagnostics = FieldReferenceResolver(fields: content.fields).resolveAll(in: &content)
        assertDiagnostics(diagnostics, """
            content/groups/b.md:5:20: warning: field 'children' is listed twice
                hint: 'children' and '子どもの健全育成を図る活動' are the same field; remove one of them
            """)
        XCTAssertEqual(content.groups[0].fields, ["children", "environment"])
        XCTAssertEqual(content.groups[1].fields, ["children"], "the same field twice is kept once")
    }

    func testAFieldListedTwiceIsAWarningAtTheRepeat() {
        let science = R.field("science-technology", 13, "科学技術の振興を図る活動", "科学技術")
        let information = R.field("information-society", 12, "情報化社会の発展を図る活動", "情報化社会")
        let source = R.source("content/events/e.md", ["fields[0]": (5, 10), "fields[1]": (5, 20), "fields[2]": (5, 24)])
        let resolver = FieldReferenceResolver(fields: [R.children, science, information])
        var diagnostics: [Diagnostic] = []
        XCTAssertEqual(resolver.resolve(["children", "children"], source: source, diagnostics: &diagnostics), ["children"])
        XCTAssertEqual(resolver.resolve(["information-society", "12", "情報化社会"], source: source, diagnostics: &diagnostics),
                       ["information-society"])
        XCTAssertEqual(resolver.resolve(["science-technology", "children", "11"], source: source, diagnostics: &diagnostics),
                       ["science-technology", "children"])
        assertDiagnostics(diagnostics, """
            content/events/e.md:5:20: warning: field 'children' is listed twice
                hint: remove one of them
            content/events/e.md:5:20: warning: field 'information-society' is listed twice
                hint: '12' and 'information-society' are the same field; remove one of them
            content/events/e.md:5:24: warning: field 'information-society' is listed 3 times
                hint: '情報化社会' and 'information-society' are the same field; remove one of them
            content/events/e.md:5:24: warning: field 'children' is listed twice
                hint: '11' and 'children' are the same field; remove one of them
            """)
    }

    func testFullWidthReferencesAreFolded() {
        var diagnostics: [Diagnostic] = []
        let resolver = FieldReferenceResolver(fields: [R.children, R.environment])
        let slugs = resolver.resolve(["１１", "ｃｈｉｌｄｒｅｎ", "５"], source: R.source("content/groups/a.md"), diagnostics: &diagnostics)
        XCTAssertEqual(slugs, ["children", "environment"])
        assertDiagnostics(diagnostics, """
            content/groups/a.md:1:1: warning: field 'children' is listed twice
                hint: 'ｃｈｉｌｄｒｅｎ' and '１１' are the same field; remove one of them
            """)
    }

    func testSeveralFieldsWrittenAsOneTextGetAListHint() {
        var content = SiteContent(config: ContentLoader.placeholderConfig, fields: [R.children, R.environment],
                                  groups: [R.group("a", fields: ["children, environment"]), R.group("b", fields: ["［子ども、環境］"]),
                                           R.group("c", fields: ["［子ども］"])])
        assertDiagnostics(FieldReferenceResolver(fields: content.fields).resolveAll(in: &content), """
            content/groups/a.md:5:10: error: unknown field 'children, environment'
                hint: for several fields write 'fields: [children, environment]'
            content/groups/b.md:5:10: error: unknown field '［子ども、環境］'
                hint: for several fields write 'fields: [子ども, 環境]'
            content/groups/c.md:5:10: error: unknown field '［子ども］'
                hint: write 'fields: [子ども]' with half-width brackets
            """)
    }

    func testAFieldNameWithAJapaneseCommaIsStillOneField() {
        let health = R.field("health-welfare", 1, "保健、医療又は福祉の増進を図る活動", "保健・医療・福祉")
        var diagnostics: [Diagnostic] = []
        let slugs = FieldReferenceResolver(fields: [health]).resolve(["保健、医療又は福祉の増進を図る活動"],
                                                                     source: R.source("content/groups/a.md"), diagnostics: &diagnostics)
        XCTAssertEqual(slugs, ["health-welfare"])
        assertDiagnostics(diagnostics, "")
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
                hint: the numbers follow the order of the npo act's list of activities; write 'number: 11'
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
