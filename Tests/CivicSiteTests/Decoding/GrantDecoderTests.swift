import XCTest
@testable import CivicSite

final class GrantDecoderTests: XCTestCase {
    private let path = "content/grants/hojokin.md"

    private func decode(_ text: String) -> DecodingResult<Grant> {
        GrantDecoder.decode(DecodingTestNodes.document(path, text))
    }

    private let head = "title: 市民活動促進補助金\nprovider: 〇〇市\nkind: 補助金\nsummary: 公益的な事業を支援します。"

    func testDeadlineIsRequiredUnlessRolling() {
        assertDiagnostics(decode(head).diagnostics, """
            content/grants/hojokin.md:1:1: error: missing required key 'deadline'
                hint: add a line such as 'deadline: 2026-06-30', or 'rolling: true' when applications are taken at any time (随時)
            """)
        let rolling = decode(head + "\nrolling: true")
        assertDiagnostics(rolling.diagnostics, "")
        XCTAssertEqual(rolling.record?.rolling, true)
        XCTAssertNil(rolling.record?.deadline)
    }

    func testFieldsAllEligibleTypesAndAmounts() throws {
        let grant = try XCTUnwrap(decode(head + "\ndeadline: 2026-06-30\nfields: all\neligible: [npo, 任意団体]\namount_min: 100000\namount_max: 500000\namount_note: 補助率 1/2").record)
        XCTAssertEqual(grant.kind, .subsidy)
        XCTAssertEqual(grant.fields, .all)
        XCTAssertEqual(grant.eligible, [.npo, .voluntary])
        XCTAssertEqual(grant.amountMin, 100_000)
        XCTAssertEqual(grant.amountMax, 500_000)
        XCTAssertEqual(grant.amountNote, "補助率 1/2")
        XCTAssertEqual(grant.deadline, LocalDate(year: 2026, month: 6, day: 30))
    }

    func testUnknownEligibleTypeIsReportedAtTheItem() {
        let expected = GroupType.allCases.map { "\($0.label) (\($0.rawValue))" }.joined(separator: ", ")
        assertDiagnostics(decode(head + "\nrolling: true\neligible: [npo, ボランティア団]").diagnostics, """
            content/grants/hojokin.md:7:17: error: unknown group type 'ボランティア団', expected one of: \(expected)
                hint: did you mean 'ボランティア団体'?
            """)
    }

    func testUnknownKindSuggestsTheLabel() {
        let expected = GrantKind.allCases.map { "\($0.label) (\($0.rawValue))" }.joined(separator: ", ")
        assertDiagnostics(decode(head.replacingOccurrences(of: "kind: 補助金", with: "kind: subsidi") + "\nrolling: true").diagnostics, """
            content/grants/hojokin.md:4:7: error: unknown grant kind 'subsidi', expected one of: \(expected)
                hint: did you mean 'subsidy'?
            """)
    }
}
