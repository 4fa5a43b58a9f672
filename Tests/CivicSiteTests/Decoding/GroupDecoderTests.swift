import XCTest
@testable import CivicSite

final class GroupDecoderTests: XCTestCase {
    private let path = "content/groups/sakura.md"

    private func decode(_ text: String, path: String? = nil) -> DecodingResult<Group> {
        GroupDecoder.decode(DecodingTestNodes.document(path ?? self.path, text, body: "本文"))
    }

    private let valid = """
        title: さくら子ども食堂
        kana: さくらこどもしょくどう
        type: 任意団体
        fields: [children, 1]
        summary: 地域の子どもに食事を届けています。
        founded: 2015
        members: 30
        fees: 1000
        corporate_number: 7000012050002
        contact:
          email: info@sakura.example.jp
          url: https://sakura.example.jp/
          sns: https://x.example.com/sakura
        recruiting:
          volunteers: true
          note: 調理ボランティア
        tags: 食
        updated: 2026-03-31
        """

    func testDecodesEveryKeyAndRecordsLocations() throws {
        let result = decode(valid)
        assertDiagnostics(result.diagnostics, "")
        let group = try XCTUnwrap(result.record)
        XCTAssertEqual(group.slug, "sakura")
        XCTAssertEqual(group.title, "さくら子ども食堂")
        XCTAssertEqual(group.type, .voluntary)
        XCTAssertEqual(group.fields, ["children", "1"])
        XCTAssertEqual(group.founded, .year(2015))
        XCTAssertEqual(group.members, 30)
        XCTAssertEqual(group.fees, "1000")
        XCTAssertEqual(group.corporateNumber, "7000012050002")
        XCTAssertEqual(group.contact, Contact(email: "info@sakura.example.jp", url: "https://sakura.example.jp/",
                                              sns: ["https://x.example.com/sakura"]))
        XCTAssertEqual(group.recruiting, Recruiting(members: false, volunteers: true, note: "調理ボランティア"))
        XCTAssertEqual(group.tags, ["食"])
        XCTAssertEqual(group.updated, LocalDate(year: 2026, month: 3, day: 31))
        XCTAssertEqual(group.body, "本文")
        XCTAssertEqual(group.source.keyLocations["kana"], SourceLocation(file: path, line: 3, column: 1))
        XCTAssertEqual(group.source.keyLocations["contact.email"], SourceLocation(file: path, line: 12, column: 3))
        XCTAssertEqual(group.source.keyLocations["fields[1]"], SourceLocation(file: path, line: 5, column: 20))
    }

    func testMissingRequiredKeyIsReportedAtTheStartOfTheFile() {
        let result = decode("title: さくら\ntype: npo\nfields: children\nsummary: 説明")
        XCTAssertNil(result.record)
        assertDiagnostics(result.diagnostics, """
            content/groups/sakura.md:1:1: error: missing required key 'kana'
                hint: add a line such as 'kana: さくらこどもしょくどう'
            """)
    }

    func testWrongTypeIsReportedAtTheValue() {
        let result = decode(valid.replacingOccurrences(of: "members: 30", with: "members: たくさん"))
        assertDiagnostics(result.diagnostics, """
            content/groups/sakura.md:8:10: error: 'members' must be a whole number, found text
            """)
        let commas = decode(valid.replacingOccurrences(of: "members: 30", with: "members: 1,200人"))
        assertDiagnostics(commas.diagnostics, """
            content/groups/sakura.md:8:10: error: 'members' must be a whole number, found text
                hint: write digits only: 'members: 1200'
            """)
    }

    func testAMisspeltKeyIsAnErrorAndAnUnrelatedOneAWarning() throws {
        let result = decode(valid + "\nknaa: さくら\nwebsite: https://example.jp/")
        assertDiagnostics(result.diagnostics, """
            content/groups/sakura.md:20:1: error: unknown key 'knaa': its value would not be published
                hint: did you mean 'kana'?
            content/groups/sakura.md:21:1: warning: unknown key 'website'
                hint: known keys are: \(GroupDecoder.keys.joined(separator: ", "))
            """)
        XCTAssertNil(result.record, "a key whose value would vanish stops the build")
        let note = decode(valid + "\nmemo: 来年度に連絡する")
        XCTAssertNotNil(note.record, "a note of the staff is only a warning")
    }

    func testKeyInFullWidthLettersIsNamedAsSuch() {
        let result = decode(valid + "\nａｒｅａ: 本町地区\nＵＰＤＡＴＥＤ: 2026-04-01\nａｒｅａｓ: 北区")
        assertDiagnostics(result.diagnostics, """
            content/groups/sakura.md:20:1: error: key 'ａｒｅａ' is written in full-width letters: its value would not be published
                hint: write it in half-width letters: 'area'
            content/groups/sakura.md:21:1: error: key 'ＵＰＤＡＴＥＤ' is written in full-width letters: its value would not be published
                hint: write it in half-width letters: 'updated'
            content/groups/sakura.md:22:1: error: key 'ａｒｅａｓ' is written in full-width letters: its value would not be published
                hint: write it in half-width letters: 'area'
            """)
        let nested = decode(valid.replacingOccurrences(of: "  url: https", with: "  ｕｒｌ: https"))
        assertDiagnostics(nested.diagnostics, """
            content/groups/sakura.md:13:3: error: key 'contact.ｕｒｌ' is written in full-width letters: its value would not be published
                hint: write it in half-width letters: 'url'
            """)
    }

    func testQuotedNumberTooLargeSaysSoInsteadOfSuggestingToUnquote() {
        let result = decode(valid.replacingOccurrences(of: "members: 30", with: "members: \"99999999999999999999\""))
        assertDiagnostics(result.diagnostics, """
            content/groups/sakura.md:8:10: error: 'members' must be a whole number, found text
                hint: the number is too large
            """)
    }

    func testUnknownKeyInsideANestedMappingIsQualified() {
        let result = decode(valid.replacingOccurrences(of: "  url: https", with: "  ulr: https"))
        assertDiagnostics(result.diagnostics, """
            content/groups/sakura.md:13:3: error: unknown key 'contact.ulr': its value would not be published
                hint: did you mean 'url'?
            """)
    }

    func testUnknownGroupTypeListsTheChoicesAndSuggestsTheNearest() {
        let result = decode(valid.replacingOccurrences(of: "type: 任意団体", with: "type: 任意団"))
        let expected = GroupType.allCases.map { "\($0.label) (\($0.rawValue))" }.joined(separator: ", ")
        assertDiagnostics(result.diagnostics, """
            content/groups/sakura.md:4:7: error: unknown group type '任意団', expected one of: \(expected)
                hint: did you mean '任意団体'?
            """)
    }

    func testTypeAcceptsIdLabelAndAlias() {
        for (written, type) in [("npo", GroupType.npo), ("NPO法人", .npo), ("特定非営利活動法人", .npo), ("公益財団法人", .publicInterest)] {
            let result = decode(valid.replacingOccurrences(of: "type: 任意団体", with: "type: \(written)")
                .replacingOccurrences(of: "corporate_number: 7000012050002\n", with: ""))
            XCTAssertEqual(result.record?.type, type, written)
        }
    }

    func testFreeTextKeepsWhatYAMLWouldReadAsANumber() {
        let result = decode(valid.replacingOccurrences(of: "title: さくら子ども食堂", with: "title: 2024")
            .replacingOccurrences(of: "fees: 1000", with: "fees: 1.50"))
        XCTAssertEqual(result.record?.title, "2024")
        XCTAssertEqual(result.record?.fees, "1.50")
    }

    func testCorporateNumberNeedsThirteenDigitsAndTheCheckDigit() {
        let short = decode(valid.replacingOccurrences(of: "7000012050002", with: "700001205000"))
        assertDiagnostics(short.diagnostics, """
            content/groups/sakura.md:10:19: error: 'corporate_number' must be 13 digits, found '700001205000'
                hint: copy the number from the 法人番号公表サイト, digits only
            """)
        let wrong = decode(valid.replacingOccurrences(of: "7000012050002", with: "8000012050002"))
        assertDiagnostics(wrong.diagnostics, """
            content/groups/sakura.md:10:19: error: 'corporate_number' has a wrong check digit: '8000012050002'
                hint: for the last 12 digits the first digit would be 7; check for a typo
            """)
    }

    func testContactEmailAndLinksAreChecked() {
        let result = decode(valid.replacingOccurrences(of: "info@sakura.example.jp", with: "info＠sakura")
            .replacingOccurrences(of: "https://sakura.example.jp/", with: "javascript:alert(1)")
            .replacingOccurrences(of: "https://x.example.com/sakura", with: "x.example.com/sakura"))
        assertDiagnostics(result.diagnostics, """
            content/groups/sakura.md:12:10: error: 'contact.email' is not a valid e-mail address: 'info＠sakura'
                hint: use the ascii '@', not the full-width '＠'
            content/groups/sakura.md:13:8: error: 'contact.url' must be an absolute http or https url, found 'javascript:alert(1)'
                hint: 'javascript:' links are not allowed on a public page; link to a web page starting with https://
            content/groups/sakura.md:14:8: error: 'contact.sns' must be an absolute http or https url, found 'x.example.com/sakura'
                hint: write 'sns: https://x.example.com/sakura'
            """)
    }

    func testSingleScalarCountsAsAOneItemList() {
        let result = decode(valid.replacingOccurrences(of: "fields: [children, 1]", with: "fields: 子ども"))
        XCTAssertEqual(result.record?.fields, ["子ども"])
        XCTAssertEqual(result.record?.source.keyLocations["fields[0]"], SourceLocation(file: path, line: 5, column: 9))
    }

    func testBlockListItemsKeepTheirLocations() {
        let result = decode(valid.replacingOccurrences(of: "fields: [children, 1]", with: "fields:\n  - children\n  - environment"))
        XCTAssertEqual(result.record?.fields, ["children", "environment"])
        XCTAssertEqual(result.record?.source.keyLocations["fields[1]"], SourceLocation(file: path, line: 7, column: 5))
    }

    func testEmptyRequiredValueIsReportedAtTheValue() {
        let result = decode(valid.replacingOccurrences(of: "summary: 地域の子どもに食事を届けています。", with: "summary:"))
        assertDiagnostics(result.diagnostics, """
            content/groups/sakura.md:6:9: error: 'summary' must not be empty
                hint: write a value, e.g. 'summary: 地域の子どもに食事と居場所を届けています。'
            """)
    }

    func testImpossibleDateIsAnError() {
        let result = decode(valid.replacingOccurrences(of: "updated: 2026-03-31", with: "updated: 2026-02-30"))
        assertDiagnostics(result.diagnostics, """
            content/groups/sakura.md:19:10: error: 'updated' is not a real date or time: '2026-02-30'
                hint: 2026-02 has 28 days
            """)
        let slashes = decode(valid.replacingOccurrences(of: "updated: 2026-03-31", with: "updated: 2026/3/31"))
        assertDiagnostics(slashes.diagnostics, """
            content/groups/sakura.md:19:10: error: 'updated' must be a date written YYYY-MM-DD, found '2026/3/31'
                hint: write 'updated: 2026-03-31'
            """)
    }

    func testFieldsMustNameAtLeastOneFieldAndBeAList() {
        assertDiagnostics(decode(valid.replacingOccurrences(of: "fields: [children, 1]", with: "fields: []")).diagnostics, """
            content/groups/sakura.md:5:1: error: 'fields' must name at least one activity field
                hint: e.g. 'fields: [children]'
            """)
        assertDiagnostics(decode(valid.replacingOccurrences(of: "fields: [children, 1]", with: "fields: {a: children}")).diagnostics, """
            content/groups/sakura.md:5:9: error: 'fields' must be a list, found a mapping
                hint: write 'fields: [a, b]' or one '- item' line per item
            """)
    }

    func testInvalidSlugKeyIsReportedAtItsValue() {
        assertDiagnostics(decode(valid + "\nslug: Sakura Kitchen").diagnostics, """
            content/groups/sakura.md:20:7: error: 'slug' must use lowercase ascii letters, digits and hyphens, found 'Sakura Kitchen'
                hint: write 'slug: sakura-kitchen'
            """)
    }

    func testFoundedTakesAYearOrADate() {
        XCTAssertEqual(decode(valid.replacingOccurrences(of: "founded: 2015", with: "founded: 2015-04-01")).record?.founded,
                       .date(LocalDate(year: 2015, month: 4, day: 1)))
    }

    func testJapaneseFileNameGetsASlugMadeFromTheTitleAndItsReading() {
        for name in ["さくら子ども食堂", "さくらしょくどう"] {
            let result = decode(valid, path: "content/groups/\(name).md")
            assertDiagnostics(result.diagnostics, """
                content/groups/\(name).md:1:1: error: file name '\(name).md' is not a valid slug
                    hint: rename the file to 'sakura-kodomo-shokudo.md', or add a line 'slug: sakura-kodomo-shokudo'
                """)
        }
    }

    func testATitleTheReadingDoesNotFitFallsBackToTheReading() {
        let text = valid.replacingOccurrences(of: "kana: さくらこどもしょくどう", with: "kana: ひまわりのかい")
        assertDiagnostics(decode(text, path: "content/groups/さくら.md").diagnostics, """
            content/groups/さくら.md:1:1: error: file name 'さくら.md' is not a valid slug
                hint: rename the file to 'himawarinokai.md', or add a line 'slug: himawarinokai'
            """)
    }

    func testSlugKeyOverridesTheFileName() {
        let result = decode(valid + "\nslug: sakura-kitchen", path: "content/groups/さくら子ども食堂.md")
        assertDiagnostics(result.diagnostics, "")
        XCTAssertEqual(result.record?.slug, "sakura-kitchen")
    }

    func testUppercaseFileNameSuggestsARename() {
        let result = decode(valid, path: "content/groups/Sakura_Kitchen.md")
        assertDiagnostics(result.diagnostics, """
            content/groups/Sakura_Kitchen.md:1:1: error: file name 'Sakura_Kitchen.md' is not a valid slug
                hint: rename the file to 'sakura-kitchen.md', or add a line 'slug: sakura-kitchen'
            """)
    }

    func testKanaOutsideHiraganaAndKatakanaIsAWarningAtTheValue() {
        let result = decode(valid.replacingOccurrences(of: "kana: さくらこどもしょくどう", with: "kana: 桜"))
        assertDiagnostics(result.diagnostics, """
            content/groups/sakura.md:3:7: warning: 'kana' should be written in hiragana or katakana, found '桜'
                hint: write the reading in hiragana or katakana; it orders the 五十音 index
            """)
        XCTAssertNotNil(result.record, "the group is still published")
    }

    func testKanaHintSpellsAcronymsAndWidensHalfWidthKatakana() {
        let cases = [
            ("ITさろんつなぐ", "あいてぃーさろんつなぐ"), ("ＮＰＯさくら", "えぬぴーおーさくら"), ("NPOサクラ", "エヌピーオーサクラ"),
            ("ｻｸﾗ", "サクラ"),
        ]
        for (written, reading) in cases {
            let result = decode(valid.replacingOccurrences(of: "kana: さくらこどもしょくどう", with: "kana: \(written)"))
            assertDiagnostics(result.diagnostics, """
                content/groups/sakura.md:3:7: warning: 'kana' should be written in hiragana or katakana, found '\(written)'
                    hint: write the reading in kana: 'kana: \(reading)'
                """)
        }
        // A word is not read letter by letter, so no reading is offered.
        let word = decode(valid.replacingOccurrences(of: "kana: さくらこどもしょくどう", with: "kana: Cafeさくら"))
        assertDiagnostics(word.diagnostics, """
            content/groups/sakura.md:3:7: warning: 'kana' should be written in hiragana or katakana, found 'Cafeさくら'
                hint: write the reading in hiragana or katakana; it orders the 五十音 index
            """)
    }

    func testFrontMatterThatIsNotAMappingIsReported() {
        let node = FrontMatterNode(.string("just text"), at: SourceLocation(file: path, line: 2, column: 1))
        let result = GroupDecoder.decode(DecodingDocument(path: path, fileName: "sakura.md", frontMatter: node))
        XCTAssertEqual(result.diagnostics.first?.description,
                       "content/groups/sakura.md:2:1: error: the front matter must be a list of 'key: value' lines, found text")
    }
}
