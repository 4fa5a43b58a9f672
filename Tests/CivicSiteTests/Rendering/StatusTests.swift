@testable import CivicSite
import XCTest

final class StatusTests: XCTestCase {
    let today = LocalDate(year: 2026, month: 12, day: 1)

    func testGrantStatusAgainstTheBuildDate() {
        func status(opens: LocalDate? = nil, deadline: LocalDate?, rolling: Bool = false) -> GrantStatus {
            GrantStatus(opens: opens, deadline: deadline, rolling: rolling, today: today)
        }
        XCTAssertEqual(status(deadline: today.adding(days: 30)), .open)
        XCTAssertEqual(status(deadline: today.adding(days: 14)), .closingSoon)
        XCTAssertEqual(status(deadline: today), .closingSoon)
        XCTAssertEqual(status(deadline: today.adding(days: -1)), .closed)
        XCTAssertEqual(status(deadline: nil, rolling: true), .rolling)
        XCTAssertEqual(status(opens: today.adding(days: 3), deadline: today.adding(days: 60)), .upcoming)
        XCTAssertEqual(GrantStatus.closingSoon.label, "締切間近")
        XCTAssertTrue(GrantStatus.rolling.isAcceptingApplications)
        XCTAssertFalse(GrantStatus.upcoming.isAcceptingApplications)
    }

    func testEventStatusUsesTheEndOrTheEndOfTheDay() {
        let now = DateTime(date: today, hour: 12, minute: 0)
        let morning = EventTime.dateTime(DateTime(date: today, hour: 9, minute: 0))
        XCTAssertEqual(EventStatus(start: morning, end: DateTime(date: today, hour: 11, minute: 0), now: now), .past)
        XCTAssertEqual(EventStatus(start: morning, end: DateTime(date: today, hour: 13, minute: 0), now: now), .ongoing)
        XCTAssertEqual(EventStatus(start: morning, end: nil, now: now), .ongoing)
        XCTAssertEqual(EventStatus(start: .date(today.adding(days: 1)), end: nil, now: now), .upcoming)
        XCTAssertEqual(EventStatus(start: .date(today.adding(days: -1)), end: nil, now: now), .past)
    }
}
