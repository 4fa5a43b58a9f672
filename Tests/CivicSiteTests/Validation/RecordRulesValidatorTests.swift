import XCTest
@testable import CivicSite

final class RecordRulesValidatorTests: XCTestCase {
    private let day = LocalDate(year: 2026, month: 12, day: 5)

    func testEndBeforeStartAndLateApplication() {
        let source = ValidationTestRecords.source("content/events/e.md", ["end": (4, 1), "apply_by": (5, 1)])
        let event = Event(slug: "e", title: "t", start: .dateTime(DateTime(date: day, hour: 10, minute: 0)),
                          end: DateTime(date: day, hour: 9, minute: 30), applyBy: day.adding(days: 1), summary: "s", source: source)
        assertDiagnostics(RecordRulesValidator.validate(event), """
            content/events/e.md:4:1: error: 'end' (2026-12-05 09:30) is before 'start' (2026-12-05 10:00)
                hint: a time alone, e.g. 'end: 16:00', means the day the event starts
            content/events/e.md:5:1: warning: 'apply_by' (2026-12-06) is after the event starts (2026-12-05)
                hint: applications usually close before the event
            """)
        var fine = event
        fine.end = DateTime(date: day, hour: 1, minute: 0, offsetMinutes: 0)
        fine.applyBy = day
        assertDiagnostics(RecordRulesValidator.validate(fine), "")
    }

    func testOpensAfterDeadlineAndAmountsOutOfOrder() {
        let source = ValidationTestRecords.source("content/grants/g.md", ["opens": (6, 8), "amount_min": (7, 13)])
        let grant = Grant(slug: "g", title: "t", provider: "p", kind: .grant, amountMin: 500_000, amountMax: 100_000,
                          opens: day, deadline: day.adding(days: -1), summary: "s", source: source)
        assertDiagnostics(RecordRulesValidator.validate(grant), """
            content/grants/g.md:6:8: error: 'opens' (2026-12-05) is after 'deadline' (2026-12-04)
                hint: check the year of both dates
            content/grants/g.md:7:13: error: 'amount_min' (500000) is more than 'amount_max' (100000)
                hint: amounts are whole yen, e.g. 'amount_max: 300000'
            """)
    }
}
