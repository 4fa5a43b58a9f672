import XCTest
@testable import CivicSite

/// Hints that show the staff member's own value converted, through the
/// decoders, with the place the problem is reported at. Where the value is
/// not certain, the hint explains the form without inventing one.
final class ConvertedHintTests: XCTestCase {
    private func grant(_ line: String) -> [Diagnostic] {
        let text = "title: 補助金\nprovider: 市\nkind: 補助金\nsummary: 概要\nrolling: true\n" + line
        return GrantDecoder.decode(DecodingTestNodes.document("content/grants/g.md", text)).diagnostics
    }

    private func event(start: String = "2026-12-05 10:00", _ line: String = "") -> [Diagnostic] {
        let text = "title: 教室\nstart: \(start)\nsummary: 概要" + (line.isEmpty ? "" : "\n" + line)
        return EventDecoder.decode(DecodingTestNodes.document("content/events/e.md", text)).diagnostics
    }

    private func group(_ line: String) -> [Diagnostic] {
        let text = "title: さくら\nkana: さくら\ntype: 任意団体\nfields: [children]\nsummary: 概要\n" + line
        return GroupDecoder.decode(DecodingTestNodes.document("content/groups/sakura.md", text)).diagnostics
    }

    private func hint(_ diagnostics: [Diagnostic], file: StaticString = #filePath, line: UInt = #line) -> String? {
        XCTAssertEqual(diagnostics.count, 1, DiagnosticList(diagnostics).description, file: file, line: line)
        return diagnostics.first?.hint
    }

    func testAmounts() {
        for (written, amount) in [("20万円", "200000"), ("1,000円", "1000"), ("5千円", "5000"), ("300,000", "300000"), ("１,０００円", "1000")] {
            XCTAssertEqual(hint(grant("amount_max: \(written)")), "write digits only: 'amount_max: \(amount)'", written)
        }
        XCTAssertEqual(hint(grant("amount_max: １０００")), "write half-width digits: 'amount_max: 1000'")
        for written in ["約5万円", "5万円程度", "未定"] {
            XCTAssertEqual(hint(grant("amount_max: \(written)")),
                           "write whole yen in half-width digits only (50000 for 5万円); words such as 約, 程度 or 未定 go in 'amount_note'", written)
        }
        assertDiagnostics(grant("amount_min: 20万円"), """
            content/grants/g.md:7:13: error: 'amount_min' must be a whole number, found text
                hint: write digits only: 'amount_min: 200000'
            """)
    }

    func testFeesAndCapacitiesWrittenAsNumbersInText() {
        assertDiagnostics(event("fee: \"1000\""), """
            content/events/e.md:5:6: warning: 'fee' holds the number '1000' as text, so it is shown as written
                hint: write 'fee: 1000' to have it shown as a number
            """)
        XCTAssertEqual(hint(event("capacity: ３０")), "write 'capacity: 30' to have it shown as a number")
        XCTAssertEqual(event("fee: 無料"), [], "無料 is shown as written, as fee: 0 would be")
        XCTAssertEqual(event("fee: 資料代 500円"), [])
    }

    func testDatesAndTimes() {
        let starts: [(String, String)] = [
            ("2027/3/14 13:30", "write 'start: 2027-03-14 13:30'"),
            ("2027年3月14日 13時30分", "write 'start: 2027-03-14 13:30'"),
            ("令和9年3月14日", "write 'start: 2027-03-14'"),
            ("R9.3.14", "write 'start: 2027-03-14'"),
            ("２０２７年３月１４日　１３：３０", "write 'start: 2027-03-14 13:30'"),
            ("3月14日", "write 'start: 2027-03-14' (no year was written; 2027 was assumed)"),
            ("3月14日 午後1時半", "write 'start: 2027-03-14 13:30' (no year was written; 2027 was assumed)"),
            ("2027/3/14 13:30〜16:00", "write 'start: 2027-03-14 13:30' and the end time on a line of its own: 'end: \"16:00\"'"),
        ]
        for (written, expected) in starts {
            XCTAssertEqual(hint(event(start: written)), expected, written)
        }
        let form = "write YYYY-MM-DD, or YYYY-MM-DD HH:MM with the time (2026-12-05 10:00 for 10 a.m. on 5 December 2026)"
        for written in ["3月中旬", "3月14日 4時", "2027/2/30 10:00", "来週"] {
            XCTAssertEqual(hint(event(start: written)), form, written)
        }
        XCTAssertEqual(hint(event("end: “12:00”")), "write it with straight quotes: 'end: \"12:00\"'")
        XCTAssertEqual(hint(event("end: 16時半")), "write 'end: \"16:30\"'")
        XCTAssertEqual(hint(event("end: 3月14日 16時")), "write 'end: 2027-03-14 16:00' (no year was written; 2027 was assumed)")
        XCTAssertEqual(hint(event("end: 9:30")), "write the time it ends as HH:MM (\"16:00\" for 4 p.m.)",
                       "an end before the start gets no value")
        XCTAssertEqual(hint(grant("deadline: 令和9年3月14日")), "write 'deadline: 2027-03-14'")
        XCTAssertEqual(hint(group("updated: 3月14日")), "write 'updated: 2026-03-14' (no year was written; 2026 was assumed)",
                       "an update lies behind")
    }

    func testYearsAlone() {
        assertDiagnostics(group("founded: 令和6年"), """
            content/groups/sakura.md:7:10: error: 'founded' must be a year (YYYY) or a date (YYYY-MM-DD), found '令和6年'
                hint: write the western year in digits: 'founded: 2024'
            """)
        XCTAssertEqual(hint(group("founded: 平成元年")), "write the western year in digits: 'founded: 1989'")
        XCTAssertEqual(hint(group("founded: 2011年9月1日")), "write 'founded: 2011-09-01'")
        XCTAssertEqual(hint(group("founded: 2011年9月")), "write the western year alone (2012) or the date (2011-09-01) in half-width digits")
        XCTAssertEqual(group("founded: 2012"), [])
    }

    func testTrueAndFalse() {
        for (written, meant) in [("はい", "true"), ("いいえ", "false"), ("有", "true"), ("無", "false"), ("○", "true"), ("×", "false")] {
            XCTAssertEqual(hint(group("recruiting:\n  volunteers: \(written)")), "write 'volunteers: \(meant)'", written)
        }
        XCTAssertEqual(hint(group("draft: \"true\"")), "remove the quotes: 'draft: true'")
        XCTAssertEqual(hint(event("online: はい")), "write 'online: true' (or the address of the stream, starting with https://)")
        XCTAssertEqual(hint(event("online: いいえ")), "write 'online: false'")
        XCTAssertEqual(hint(event("online: meet.example.jp/abc")), "write 'online: https://meet.example.jp/abc'")
    }

    func testAddresses() {
        XCTAssertEqual(hint(group("contact:\n  email: info＠sakura.example.jp")), "write 'email: info@sakura.example.jp'")
        XCTAssertEqual(hint(group("contact:\n  email: mailto:info@sakura.example.jp")), "write 'email: info@sakura.example.jp'")
        XCTAssertEqual(hint(group("contact:\n  email: info＠sakura")), "use the ascii '@', not the full-width '＠'")
        assertDiagnostics(group("contact:\n  email: info?bcc=harvest%40evil.example&subject=x@example.jp"), """
            content/groups/sakura.md:8:10: error: 'contact.email' has '?', which would change the e-mail link: 'info?bcc=harvest%40evil.example&subject=x@example.jp'
                hint: write the address alone, e.g. 'info@example.jp', with no subject or other recipients
            """)
        XCTAssertEqual(group("contact:\n  email: info example@example.jp").first?.message,
                       "'contact.email' has a space, which would change the e-mail link: 'info example@example.jp'")
        XCTAssertEqual(hint(group("contact:\n  url: ｈｔｔｐｓ：／／ｓａｋｕｒａ.example.jp/")),
                       "write it in half-width characters: 'url: https://sakura.example.jp/'")
        XCTAssertEqual(hint(group("corporate_number: \"7000 0120 5000 2\"")), "write 'corporate_number: \"7000012050002\"'")
        XCTAssertEqual(hint(group("corporate_number: \"7000-01-205000-3\"")), "copy the number from the 法人番号公表サイト, digits only",
                       "digits whose check digit disagrees are not offered")
    }

    func testRecruitingNoteWithoutAFlag() {
        assertDiagnostics(group("recruiting:\n  volunteers: false\n  note: 調理ボランティア"), """
            content/groups/sakura.md:9:3: warning: 'recruiting.note' is not published: neither 'members' nor 'volunteers' is true
                hint: write 'volunteers: true' or 'members: true' under 'recruiting:', or remove the note
            """)
        XCTAssertEqual(group("recruiting:\n  members: true\n  note: 会員募集中"), [])
    }
}
