import Foundation
import XCTest
@testable import CivicSite

/// `civicsite import`: rows become the record files a staff member would
/// write, checked as `check` checks them, and nothing is written unless the
/// whole import is valid.
final class ImportTests: XCTestCase {
    let header = "団体名,ふりがな,組織形態,活動分野,概要\n"

    func testARowBecomesTheFileAStaffMemberWouldWrite() throws {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        let csv = "団体名,ふりがな,団体種別,活動分野,会員数,設立,TEL,メール,ホームページ,会員募集,概要,活動内容\n"
            + "みどりの会,みどりのかい,ＮＰＯ法人,\"環境、子ども,7\",２８名,令和2年,０００－５５５－０１２３,info＠midori.example.jp,"
            + "https://midori.example.jp/,○,里山を守っています。,\"毎月第2日曜日に集まります。\n「ようこそ」\"\n"
        let report = try fixture.run(.groups, csv.cp932)
        XCTAssertEqual(report.diagnostics.items.map(\.description), [])
        XCTAssertEqual(report.written, ["content/groups/midorino-kai.md"])
        XCTAssertEqual(try fixture.text("groups/midorino-kai.md"), """
            ---
            title: みどりの会
            kana: みどりのかい
            type: NPO法人
            fields: [environment, children, community-safety]
            summary: 里山を守っています。
            founded: 2020
            members: 28
            contact:
              phone: "000-555-0123"
              email: info@midori.example.jp
              url: https://midori.example.jp/
            recruiting:
              members: true
            ---
            毎月第2日曜日に集まります。
            「ようこそ」

            """)
        let (content, problems) = ContentLoader.load(directory: fixture.content, displayPath: "content", includeDrafts: false)
        XCTAssertEqual(problems.items.map(\.description), [])
        XCTAssertEqual(content?.groups.first { $0.slug == "midorino-kai" }?.members, 28)
    }

    func testNothingIsWrittenWhileARowHasAnErrorAndEveryRowIsChecked() throws {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        let report = try fixture.run(.groups, header + "みどり会,みどりかい,任意団体,環境,説明です。\n"
                                     + "あおぞら会,あおぞらかい,任意団体,宇宙,説明です。\n" + "ひかり会,ひかりかい,,子ども,説明です。\n")
        XCTAssertFalse(report.succeeded)
        XCTAssertEqual(report.written, [])
        XCTAssertEqual(report.rowsWithErrors, 2)
        XCTAssertEqual(report.diagnostics.sorted.filter(\.isError).map { "\($0.location) \($0.id)" }, ["groups.csv:3:4 CS3021", "groups.csv:4:3 CS6020"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.content.appendingPathComponent("groups/midori-kai.md").path))
    }

    func testADryRunWritesNothingAndShowsTheFiles() throws {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        let report = try fixture.run(.groups, header + "みどり会,みどりかい,任意団体,環境,説明です。\n", dryRun: true)
        XCTAssertTrue(report.succeeded)
        XCTAssertEqual(report.files.map(\.path), ["content/groups/midori-kai.md"])
        XCTAssertTrue(report.files[0].text.hasPrefix("---\ntitle: みどり会\n"))
        XCTAssertEqual(report.written, [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.content.appendingPathComponent("groups/midori-kai.md").path))
    }

    func testAnExistingFileIsNeverOverwritten() throws {
        // A file of the slug the name gives, that is not this group: the row gets another name.
        let fixture = try ImportFixture(files: ["groups/midori-kai.md": "メモ\n"])
        defer { fixture.remove() }
        let report = try fixture.run(.groups, header + "みどり会,みどりかい,任意団体,環境,説明です。\n", dryRun: true)
        XCTAssertEqual(report.files.map(\.path), ["content/groups/midori-kai-2.md"])
        // And the file that appears between the check and the write is left as it is.
        let path = fixture.content.appendingPathComponent("groups/x.md").path
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(ImportFileWriter.create(path, data: Data("theirs\n".utf8)), .exists)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "mine\n")
    }

    func testHeadersAreFoundBelowATitleRowAndInTheirOtherSpellings() throws {
        let csv = "令和8年度 登録団体一覧,,,,,\n\n【団体名】,フリガナ,法人格,会員数（人）,活動分野 ,紹介\n"
            + "みどり会,ミドリカイ,任意団体,１２,子ども,説明です。\n"
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        let report = try fixture.run(.groups, csv, dryRun: true)
        XCTAssertEqual(report.diagnostics.items.map(\.description), [])
        XCTAssertTrue(report.files[0].text.contains("members: 12\n"))
        XCTAssertTrue(report.files[0].text.contains("kana: ミドリカイ\n"))
    }

    func testAColumnPerFieldMarkedWithCircles() throws {
        let csv = "団体名,ふりがな,組織形態,子ども,環境,NPO支援,概要\nみどり会,みどりかい,任意団体,○,,1,説明です。\n"
        let report = try ImportFixture.problems(.groups, csv)
        XCTAssertEqual(report.map(\.description), [])
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        XCTAssertTrue(try fixture.run(.groups, csv, dryRun: true).files[0].text.contains("fields: [children, npo-support]\n"))
    }

    func testEventsFromADateAndATimeColumn() throws {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        let csv = "イベント名,開始日,開始時間,終了時間,会場,主催,参加費,定員,説明\n"
            + "夏祭り,2027/7/20,10時,15:30,中央公園,さくら子ども食堂,無料,３０人,地域の夏祭りです。\n"
            + "秋祭り,令和9年10月1日 10:00〜12:00,,,中央公園,,500円,先着順,秋の祭りです。\n"
        let report = try fixture.run(.events, csv, dryRun: true)
        XCTAssertEqual(report.diagnostics.items.map(\.description), [])
        XCTAssertEqual(report.files.count, 2)
        XCTAssertTrue(report.files.allSatisfy { $0.path.hasPrefix("content/events/2027-") }, "\(report.files.map(\.path))")
        let summer = report.files[0].text
        XCTAssertTrue(summer.contains("start: 2027-07-20 10:00\nend: \"15:30\"\n"), summer)
        XCTAssertTrue(summer.contains("organizers: [sakura]\n"), "a group's name becomes its slug")
        XCTAssertTrue(summer.contains("fee: 0\ncapacity: 30\n"), summer)
        let autumn = report.files[1].text
        XCTAssertTrue(autumn.contains("start: 2027-10-01 10:00\nend: \"12:00\"\n"), autumn)
        XCTAssertTrue(autumn.contains("fee: 500\ncapacity: 先着順\n"), autumn)
    }

    /// 内閣府 NPO法人ポータルサイト's CSV with `--map npo-portal`.
    func testTheNPOPortalMapping() throws {
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        let sample = try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("import/npo-portal-sample.csv"))
        let report = try fixture.run(.groups, sample, map: "npo-portal", dryRun: true)
        XCTAssertEqual(report.diagnostics.errors.map(\.description), [])
        XCTAssertEqual(report.diagnostics.warnings.map(\.id), ["CS6031"], "条例で定める活動, and no column left unexplained")
        XCTAssertEqual(report.files.count, 2)
        let first = report.files[0].text, second = report.files[1].text
        // 3 まちづくり, 4 観光 and 5 農山漁村 are all まちづくり; 20 is not imported.
        XCTAssertTrue(first.contains("fields: [community-development]\n"), first)
        XCTAssertTrue(first.contains("type: certified-npo\n"), first)
        XCTAssertTrue(first.contains("founded: 2003-05-12\n"), first)
        XCTAssertTrue(first.contains("corporate_number: \"6999005001203\"\n"), first)
        XCTAssertTrue(second.contains("type: special-certified-npo\n"), second)
        XCTAssertTrue(second.contains("fields: [health-welfare, children]\n"), second)
    }

    /// Each of the portal's 20 fields lands on the field docs/import.md says.
    func testTheTwentyFieldsOfTheCurrentActMapOntoTheSeventeen() throws {
        let fields = try XCTUnwrap(ContentLoader.load(directory: TestPaths.projectRoot.appendingPathComponent("content"),
                                                      displayPath: "content", includeDrafts: false).content?.fields)
        let (mapping, problems) = ImportMapping.parse(ImportMapping.npoPortal, path: "npo-portal", kind: .groups, fields: fields)
        XCTAssertEqual(problems.map(\.description), [])
        let expected = ["health-welfare", "social-education", "community-development", "community-development",
                        "community-development", "culture-arts-sports", "environment", "disaster-relief", "community-safety",
                        "human-rights-peace", "international-cooperation", "gender-equality", "children", "information-society",
                        "science-technology", "economic-activity", "employment-skills", "consumer-protection", "npo-support"]
        for (n, slug) in expected.enumerated() {
            XCTAssertEqual(mapping.columns[ImportHeaders.normalized("活動分野\(n + 1)")], .fieldFlag(slug), "field \(n + 1)")
        }
        XCTAssertEqual(mapping.columns[ImportHeaders.normalized("活動分野２０")], .fieldWithoutCounterpart)
    }
}
