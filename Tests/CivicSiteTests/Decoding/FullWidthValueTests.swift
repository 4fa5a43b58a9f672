import XCTest
@testable import CivicSite

/// Full-width letters and digits are what a Japanese input method types by
/// default; ids, labels and numbers are matched after NFKC.
final class FullWidthValueTests: XCTestCase {
    private func decodeGroup(_ extra: String) -> DecodingResult<Group> {
        let text = "title: さくら\nkana: さくら\nfields: [children]\nsummary: 概要\n" + extra
        return GroupDecoder.decode(DecodingTestNodes.document("content/groups/sakura.md", text))
    }

    func testGroupTypeInFullWidth() {
        let result = decodeGroup("type: ＮＰＯ法人")
        assertDiagnostics(result.diagnostics, "")
        XCTAssertEqual(result.record?.type, .npo)
        XCTAssertEqual(decodeGroup("type: ｎｐｏ").record?.type, .npo)
    }

    func testAnUnknownFullWidthTypeGetsASuggestion() {
        let expected = GroupType.allCases.map { "\($0.label) (\($0.rawValue))" }.joined(separator: ", ")
        assertDiagnostics(decodeGroup("type: ｎｐ").diagnostics, """
            content/groups/sakura.md:6:7: error: unknown group type 'ｎｐ', expected one of: \(expected)
                hint: did you mean 'npo'?
            """)
    }

    func testGrantKindFieldsAllAndEligibleInFullWidth() throws {
        let text = "title: 補助金\nprovider: 市\nkind: ｇｒａｎｔ\nsummary: 概要\nrolling: true\nfields: ａｌｌ\neligible: [ｎｐｏ, ｖｏｌｕｎｔａｒｙ]"
        let result = GrantDecoder.decode(DecodingTestNodes.document("content/grants/g.md", text))
        assertDiagnostics(result.diagnostics, "")
        let grant = try XCTUnwrap(result.record)
        XCTAssertEqual(grant.kind, .grant)
        XCTAssertEqual(grant.fields, .all)
        XCTAssertEqual(grant.eligible, [.npo, .voluntary])
    }

    func testCorporateNumberInFullWidthDigitsIsKeptInHalfWidth() {
        let result = decodeGroup("type: npo\ncorporate_number: \"７００００１２０５０００２\"")
        assertDiagnostics(result.diagnostics, "")
        XCTAssertEqual(result.record?.corporateNumber, "7000012050002")
        assertDiagnostics(decodeGroup("type: npo\ncorporate_number: \"８００００１２０５０００２\"").diagnostics, """
            content/groups/sakura.md:7:19: error: 'corporate_number' has a wrong check digit: '８００００１２０５０００２'
                hint: for the last 12 digits the first digit would be 7; check for a typo
            """)
    }
}
