import XCTest
@testable import CivicSite

/// Which unknown keys are known keys written wrongly (an error, since the
/// value would vanish from the page) and which are notes (a warning).
final class KeyNearMissTests: XCTestCase {
    private func match(_ key: String, _ known: [String]) -> String? {
        KeyNearMiss.match(key, known: known).map { "\($0.key) \($0.kind)" }
    }

    func testTyposOfTheIssue() {
        XCTAssertEqual(match("venu", EventDecoder.keys), "venue spelling")
        XCTAssertEqual(match("organiser", EventDecoder.keys), "organizers spelling")
        XCTAssertEqual(match("organisers", EventDecoder.keys), "organizers spelling")
        XCTAssertEqual(match("recruting", GroupDecoder.keys), "recruiting spelling")
        XCTAssertEqual(match("ａｕｄｉｅｎｃｅ", EventDecoder.keys), "audience fullWidth")
        XCTAssertEqual(match("emial", ContactDecoder.keys), "email spelling")
        XCTAssertEqual(match("titel", GroupDecoder.keys), "title spelling")
    }

    func testSpellingsCaseAndSeparators() {
        XCTAssertEqual(match("center", SiteConfigDecoder.keys), "centre spelling", "site.yml's key is British")
        XCTAssertEqual(match("Title", GroupDecoder.keys), "title spelling")
        XCTAssertEqual(match("amount-max", GrantDecoder.keys), "amount_max spelling")
        XCTAssertEqual(match("amount max", GrantDecoder.keys), "amount_max spelling")
        XCTAssertEqual(match("APPLY_BY", EventDecoder.keys), "apply_by spelling")
        XCTAssertTrue(KeyNearMiss.otherSpellings(of: "colour").contains("color"))
        XCTAssertTrue(KeyNearMiss.otherSpellings(of: "catalogue").contains("catalog"))
        XCTAssertTrue(KeyNearMiss.otherSpellings(of: "organizers").contains("organisers"))
    }

    func testJapaneseKeysOfAForm() {
        XCTAssertEqual(match("会場", EventDecoder.keys), "venue japanese")
        XCTAssertEqual(match("主催", EventDecoder.keys), "organizers japanese")
        XCTAssertEqual(match("種類", GroupDecoder.keys), "type japanese")
        XCTAssertEqual(match("種類", GrantDecoder.keys), "kind japanese")
        XCTAssertNil(match("会場", GroupDecoder.keys), "a group has no venue: a word of another kind stays a note")
    }

    func testNotesStayWarnings() {
        for key in ["memo", "website", "備考", "担当者メモ", "x", "internal_note", "kind"] {
            XCTAssertNil(match(key, GroupDecoder.keys), key)
        }
        XCTAssertNil(match("url2", ["title", "summary"]), "only keys of this record count")
    }

    func testTheAllowedEditsGrowWithTheLength() {
        XCTAssertEqual(match("fea", EventDecoder.keys), "fee spelling", "one edit for short keys")
        XCTAssertNil(match("fao", ["fee"]), "two edits are too many for three letters")
        XCTAssertEqual(match("sumary", PageDecoder.keys), "summary spelling")
        XCTAssertEqual(match("summmarry", PageDecoder.keys), "summary spelling", "two edits for up to eight letters")
        XCTAssertNil(match("smry", PageDecoder.keys))
    }

    func testKeysOfAMappingWrittenAtTheLeftMargin() {
        let mappings: KeyValuePairs<String, [String]> = ["contact": ContactDecoder.keys, "recruiting": RecruitingDecoder.keys]
        XCTAssertEqual(KeyedNode.keyOfAMapping("email", mappings)?.0, "contact")
        XCTAssertEqual(KeyedNode.keyOfAMapping("ＵＲＬ", mappings)?.1, "url")
        XCTAssertEqual(KeyedNode.keyOfAMapping("メール", mappings)?.1, "email")
        XCTAssertEqual(KeyedNode.keyOfAMapping("note", mappings)?.0, "recruiting")
        XCTAssertNil(KeyedNode.keyOfAMapping("emial", mappings), "a slip outside its mapping would be a guess")
        XCTAssertNil(KeyedNode.keyOfAMapping("memo", mappings))
    }
}
