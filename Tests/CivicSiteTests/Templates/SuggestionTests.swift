import CivicSite
import XCTest

final class SuggestionTests: XCTestCase {
    func testDistanceCountsTranspositionsAsOneEdit() {
        XCTAssertEqual(Suggestion.distance("titel", "title"), 1)
        XCTAssertEqual(Suggestion.distance("hedaer", "header"), 1)
        XCTAssertEqual(Suggestion.distance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestion.distance("", "abc"), 3)
        XCTAssertEqual(Suggestion.distance("団体", "団休"), 1)
    }

    func testClosestPicksThePlausibleTypoOnly() {
        XCTAssertEqual(Suggestion.closest(to: "titel", in: ["name", "title", "tile"]), "title")
        XCTAssertEqual(Suggestion.closest(to: "Title", in: ["title"]), "title", "case is ignored when comparing")
        XCTAssertNil(Suggestion.closest(to: "xyz", in: ["title", "name"]))
        XCTAssertNil(Suggestion.closest(to: "ab", in: ["xy"]), "two edits on a short name is not a typo")
        XCTAssertNil(Suggestion.closest(to: "title", in: ["title"]), "the name itself is no suggestion")
        XCTAssertEqual(Suggestion.closest(to: "activity_feilds", in: ["activity_fields", "activity"]), "activity_fields")
    }
}
