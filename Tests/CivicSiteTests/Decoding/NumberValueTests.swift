import XCTest
@testable import CivicSite

/// Whole numbers: the bounds say what is allowed in words, and text that is
/// plainly a number says how to write it as one.
final class NumberValueTests: XCTestCase {
    private let grantHead = "title: 補助金\nprovider: 市\nkind: 補助金\nsummary: 概要\nrolling: true\n"

    private func decodeGrant(_ extra: String) -> DecodingResult<Grant> {
        GrantDecoder.decode(DecodingTestNodes.document("content/grants/g.md", grantHead + extra))
    }

    private func decodeGroup(_ extra: String) -> DecodingResult<Group> {
        let text = "title: さくら\nkana: さくら\ntype: 任意団体\nfields: [children]\nsummary: 概要\n" + extra
        return GroupDecoder.decode(DecodingTestNodes.document("content/groups/sakura.md", text))
    }

    func testNoUpperBoundIsSaidAsOrMore() {
        assertDiagnostics(decodeGrant("amount_min: -1\namount_max: -5").diagnostics, """
            content/grants/g.md:7:13: error: 'amount_min' must be 0 or more, found -1
                hint: write whole yen, e.g. 'amount_min: 100000'
            content/grants/g.md:8:13: error: 'amount_max' must be 0 or more, found -5
                hint: write whole yen, e.g. 'amount_max: 300000'
            """)
    }

    func testNegativeFeeAndCapacity() {
        let text = "title: 教室\nstart: 2026-07-28\nsummary: 概要\nfee: -500\ncapacity: -3"
        assertDiagnostics(EventDecoder.decode(DecodingTestNodes.document("content/events/e.md", text)).diagnostics, """
            content/events/e.md:5:6: error: 'fee' must be 0 or more, found -500
                hint: write 0 for a free event, e.g. 'fee: 0'
            content/events/e.md:6:11: error: 'capacity' must be 0 or more, found -3
                hint: write the number of people, e.g. 'capacity: 30'
            """)
    }

    func testRealBoundsAreStillBetween() {
        let text = "number: 18\nname: 子どもの健全育成を図る活動\nshort: 子ども"
        assertDiagnostics(FieldDecoder.decode(DecodingTestNodes.document("content/fields/children.md", text)).diagnostics, """
            content/fields/children.md:2:9: error: 'number' must be between 1 and 17, found 18
            """)
    }

    func testANumberInQuotesSaysToRemoveThem() {
        assertDiagnostics(decodeGroup("members: \"28\"").diagnostics, """
            content/groups/sakura.md:7:10: error: 'members' must be a whole number, found text
                hint: remove the quotes: 'members: 28'
            """)
        assertDiagnostics(decodeGroup("members: '２８'").diagnostics, """
            content/groups/sakura.md:7:10: error: 'members' must be a whole number, found text
                hint: remove the quotes and write half-width digits: 'members: 28'
            """)
    }

    func testFullWidthDigitsAndDigitsWithAUnit() {
        assertDiagnostics(decodeGroup("members: ２８").diagnostics, """
            content/groups/sakura.md:7:10: error: 'members' must be a whole number, found text
                hint: write half-width digits: 'members: 28'
            """)
        assertDiagnostics(decodeGroup("members: ２８人").diagnostics, """
            content/groups/sakura.md:7:10: error: 'members' must be a whole number, found text
                hint: write digits only: 'members: 28'
            """)
    }

    func testNoMessageShowsTheLargestInteger() {
        for extra in ["amount_min: -1", "amount_max: -9999999999"] {
            for diagnostic in decodeGrant(extra).diagnostics {
                XCTAssertFalse(diagnostic.description.contains(String(Int.max)), diagnostic.description)
            }
        }
    }
}
