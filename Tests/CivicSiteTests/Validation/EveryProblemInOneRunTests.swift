import XCTest
@testable import CivicSite

/// Fixing one mistake must not uncover another that was there all along: a
/// record with a wrong value still has its references checked.
final class EveryProblemInOneRunTests: XCTestCase {
    func testAValueErrorDoesNotHideTheRecordsReferenceErrors() throws {
        let diagnostics = try MessageFixtureSite.check([
            "groups/kaede.md": RecordFiles.group("かえでの会").replacingOccurrences(of: "type: 任意団体", with: "type: NPO")
                .replacingOccurrences(of: "[children]", with: "[childern]"),
            "events/matsuri.md": RecordFiles.event("まつり", extra: "organizers: [momiji]\ncapacity: [10]\n"),
        ])
        let lines = DiagnosticList(diagnostics.filter(\.isError)).sorted.map { "\($0.location) \($0.id)" }
        XCTAssertTrue(lines.contains("content/groups/kaede.md:5:10 CS3021"), "the unknown field of a group with a wrong type: \(lines)")
        XCTAssertTrue(lines.contains("content/events/matsuri.md:4:14 CS3031"), "the unknown organizer of an event with a wrong value: \(lines)")
        XCTAssertEqual(lines.count, 4, "the two value errors and the two reference errors: \(lines)")
    }

    /// A syntax error in one line does not hide the other lines' problems;
    /// a key reported missing might be the unreadable line, so that waits.
    func testASyntaxErrorDoesNotHideTheOtherValuesOfTheFile() throws {
        let file = RecordFiles.group("かえでの会", extra: "members: 30人\n")
            .replacingOccurrences(of: "type: 任意団体", with: "type：任意団体")
            .replacingOccurrences(of: "[children]", with: "[childern]")
        let diagnostics = try MessageFixtureSite.check(["groups/kaede.md": file])
        let ids = DiagnosticList(diagnostics.filter(\.isError)).sorted.map { "\($0.location.line):\($0.id)" }
        XCTAssertEqual(ids, ["4:CS1130", "5:CS3021", "7:CS2201"], "the colon, the unknown field and the number, in one run")
    }

    func testReferencesToARecordWithErrorsAreNotReportedAgain() throws {
        let diagnostics = try MessageFixtureSite.check([
            "groups/kaede.md": RecordFiles.group("かえでの会").replacingOccurrences(of: "type: 任意団体", with: "type: NPO"),
            "events/matsuri.md": RecordFiles.event("まつり", extra: "organizers: [kaede]\n"),
        ])
        XCTAssertEqual(diagnostics.filter(\.isError).map { $0.location.file }, ["content/groups/kaede.md"])
    }
}
