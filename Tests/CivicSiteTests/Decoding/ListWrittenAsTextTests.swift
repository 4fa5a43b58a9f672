import XCTest
@testable import CivicSite

/// Several items typed as one text (`理科実験、夏休み`, `https://a, https://b`)
/// get a hint to write a list, not the hint for a malformed single value.
final class ListWrittenAsTextTests: XCTestCase {
    private let path = "content/events/e.md"

    private func decodeEvent(_ extra: String) -> DecodingResult<Event> {
        EventDecoder.decode(DecodingTestNodes.document(path, "title: 教室\nstart: 2026-07-28\nsummary: 実験します。\n" + extra))
    }

    func testTagsWithAJapaneseCommaAreOneTagWithAWarning() {
        let result = decodeEvent("tags: 理科実験、夏休み、子ども向け")
        assertDiagnostics(result.diagnostics, """
            content/events/e.md:5:7: warning: 'tags' is one text with '、'
                hint: for several tags write 'tags: [理科実験, 夏休み, 子ども向け]'
            """)
        XCTAssertEqual(result.record?.tags, ["理科実験、夏休み、子ども向け"], "a warning does not change the value")
    }

    func testTagsInFullWidthBrackets() {
        assertDiagnostics(decodeEvent("tags: ［スマホ講座、パソコン］").diagnostics, """
            content/events/e.md:5:7: warning: 'tags' is one text with '、'
                hint: for several tags write 'tags: [スマホ講座, パソコン]'
            """)
        assertDiagnostics(decodeEvent("tags: ［スマホ講座］").diagnostics, """
            content/events/e.md:5:7: warning: 'tags' is one text in full-width brackets '［ ］'
                hint: write 'tags: [スマホ講座]' with half-width brackets
            """)
    }

    func testAnItemOfAListWithAJapaneseComma() {
        assertDiagnostics(decodeEvent("tags: [理科実験、夏休み, 子ども]").diagnostics, """
            content/events/e.md:5:8: warning: 'tags' has an item with '、': '理科実験、夏休み'
                hint: for several tags write 'tags: [理科実験, 夏休み, 子ども]'
            """)
    }

    func testQuotedOrSingleTagsAreLeftAlone() {
        assertDiagnostics(decodeEvent("tags: \"読む、書く\"").diagnostics, "")
        assertDiagnostics(decodeEvent("tags: [1,000円, 夏休み]").diagnostics, "")
        assertDiagnostics(decodeEvent("tags: 夏休み").diagnostics, "")
    }

    func testSNSLinksInOneText() {
        let group = """
            title: さくら
            kana: さくら
            type: 任意団体
            fields: [children]
            summary: 概要
            contact:
              sns: https://sns.example.jp/a, https://sns.example.jp/b
            """
        let result = GroupDecoder.decode(DecodingTestNodes.document("content/groups/sakura.md", group))
        assertDiagnostics(result.diagnostics, """
            content/groups/sakura.md:8:8: error: 'contact.sns' is one text with ', '
                hint: write one url per line as '- https://…'
            """)
        let spaced = GroupDecoder.decode(DecodingTestNodes.document("content/groups/sakura.md",
            group.replacingOccurrences(of: "/a, https", with: "/a https")))
        assertDiagnostics(spaced.diagnostics, """
            content/groups/sakura.md:8:8: error: 'contact.sns' is one text with a space
                hint: write one url per line as '- https://…'
            """)
    }

    func testEligibleGroupTypesInOneText() {
        let grant = "title: 補助金\nprovider: 市\nkind: 補助金\nsummary: 概要\nrolling: true\neligible: NPO法人、任意団体"
        let result = GrantDecoder.decode(DecodingTestNodes.document("content/grants/g.md", grant))
        let expected = GroupType.allCases.map { "\($0.label) (\($0.rawValue))" }.joined(separator: ", ")
        assertDiagnostics(result.diagnostics, """
            content/grants/g.md:7:11: error: unknown group type 'NPO法人、任意団体', expected one of: \(expected)
                hint: for several group types write 'eligible: [NPO法人, 任意団体]'
            """)
    }

    func testOrganizersInOneText() {
        typealias R = ValidationTestRecords
        let validator = ReferenceValidator(groups: [R.group("hidamari"), R.group("tsunagu")], draftsExcluded: true)
        let event = R.event("e", organizers: ["hidamari、tsunagu"])
        assertDiagnostics(validator.validate(event.organizers, key: "organizers", source: event.source, fromDraft: false), """
            content/events/e.md:6:14: error: unknown group 'hidamari、tsunagu'
                hint: for several groups write 'organizers: [hidamari, tsunagu]'
            """)
    }
}
