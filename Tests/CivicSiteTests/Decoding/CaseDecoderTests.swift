import XCTest
@testable import CivicSite

final class CaseDecoderTests: XCTestCase {
    private let path = "content/cases/network.md"

    private func decode(_ text: String) -> DecodingResult<CollaborationCase> {
        CaseDecoder.decode(DecodingTestNodes.document(path, text))
    }

    private let head = "title: 子ども食堂ネットワーク\nfiscal_year: 2024\nform: 事業協力\nsummary: 協働しました。\npartners: [sakura, momiji]"

    func testEvaluationTakesLabelsOrIdsWithScores() throws {
        let record = try XCTUnwrap(decode(head + "\nevaluation:\n  目的の共有: 5\n  roles: 4").record)
        XCTAssertEqual(record.form, .cooperation)
        XCTAssertEqual(record.fiscalYear, 2024)
        XCTAssertEqual(record.partners, ["sakura", "momiji"])
        XCTAssertEqual(record.evaluation, [.sharedPurpose: 5, .roles: 4])
    }

    func testScoresOutsideOneToFiveAndUnknownAspects() {
        let expected = EvaluationAspect.allCases.map { "\($0.label) (\($0.rawValue))" }.joined(separator: ", ")
        assertDiagnostics(decode(head + "\nevaluation:\n  目的の共有: 7\n  相互理会: 3\n  roles: よい").diagnostics, """
            content/cases/network.md:8:10: error: 'evaluation.目的の共有' must be a score from 1 to 5, found 7
            content/cases/network.md:9:3: error: unknown evaluation aspect '相互理会', expected one of: \(expected)
                hint: did you mean '相互理解'?
            content/cases/network.md:10:10: error: 'evaluation.roles' must be a score from 1 to 5, found text
            """)
    }

    func testFiscalYearWrittenTheJapaneseWayGetsTheWesternYear() {
        for written in ["令和6年度", "R6", "2024年度", "令和６年"] {
            assertDiagnostics(decode(head.replacingOccurrences(of: "fiscal_year: 2024", with: "fiscal_year: \(written)")).diagnostics, """
                content/cases/network.md:3:14: error: 'fiscal_year' must be a whole number, found text
                    hint: write the western year in digits: 'fiscal_year: 2024'
                """)
        }
        assertDiagnostics(decode(head.replacingOccurrences(of: "fiscal_year: 2024", with: "fiscal_year: 来年度")).diagnostics, """
            content/cases/network.md:3:14: error: 'fiscal_year' must be a whole number, found text
                hint: write the western year in half-width digits (2024 for 令和6年度)
            """)
    }
}
