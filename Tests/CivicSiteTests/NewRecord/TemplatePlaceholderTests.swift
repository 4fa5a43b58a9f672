import Foundation
import XCTest
@testable import CivicSite

/// What counts as a template's placeholder, and where a record that is no
/// longer a draft is stopped for one.
final class TemplatePlaceholderTests: XCTestCase {
    func testWhatIsAPlaceholder() {
        XCTAssertEqual(TemplatePlaceholder.first(in: "〔団体の名前〕")?.text, "〔団体の名前〕")
        XCTAssertEqual(TemplatePlaceholder.first(in: "さくら〔名前〕の会")?.offset, 3)
        XCTAssertEqual(TemplatePlaceholder.first(in: "〔注〕〔本文〕")?.text, "〔注〕")
        XCTAssertNil(TemplatePlaceholder.first(in: "〔 〕で囲んだところ"), "the brackets named, nothing inside")
        XCTAssertNil(TemplatePlaceholder.first(in: "〔〕"))
        XCTAssertNil(TemplatePlaceholder.first(in: "〔閉じていない"))
        XCTAssertNil(TemplatePlaceholder.first(in: "「団体の名前」（仮）【募集】"))
    }

    static let record = """
        ---
        draft: DRAFT
        title: 〔団体の名前〕
        kana: 〔よみがな〕
        type: voluntary  # 〔組織形態を選んでください〕
        fields: [children]
        # 〔 〕は仮の文字です（この説明は残せます）
        summary: "子ども食堂です。"
        tags: [食育, 〔キーワード〕]
        ---
        本文です。
        　〔活動内容〕

        """

    func testTheBytePrefilterFindsTheOpeningBracketAnywhereAndNothingElse() {
        for text in ["〔", "あ〔", "〔あ", String(repeating: "ぴ", count: 40) + "〔" + "ぴ", "\u{94}〔"] {
            XCTAssertTrue(TemplatePlaceholder.mayHold(text), text)
            XCTAssertTrue(TemplatePlaceholder.mayHold(("x" + text)[...].dropFirst()), "a Substring: \(text)")
        }
        // ぴ is E3 81 94 and 〕 is E3 80 95: near misses of E3 80 94.
        for text in ["", "ぴ", "〕", "ぴぴ〕ぴ", String(repeating: "あ", count: 100), "\u{94}\u{80}"] {
            XCTAssertFalse(TemplatePlaceholder.mayHold(text), text)
        }
    }

    func testADraftMayKeepThemAndNothingIsWarned() throws {
        let problems = try MessageFixtureSite.check(["groups/new.md": Self.record.replacingOccurrences(of: "DRAFT", with: "true")])
        XCTAssertEqual(problems.map(\.description), [])
    }

    func testAPublishedRecordIsStoppedAtEveryPlaceholder() throws {
        for draft in ["false", "はい"] {
            let problems = try MessageFixtureSite.check(["groups/new.md": Self.record.replacingOccurrences(of: "DRAFT", with: draft)])
                .filter { $0.id.hasPrefix("CS91") }.sorted { $0.location < $1.location }
            XCTAssertEqual(problems.map { "\($0.location) \($0.id) \($0.message)" }, [
                "content/groups/new.md:3:8 CS9101 '〔団体の名前〕' is a template placeholder, left in a record that is not a draft",
                "content/groups/new.md:4:7 CS9101 '〔よみがな〕' is a template placeholder, left in a record that is not a draft",
                "content/groups/new.md:5:18 CS9102 the template's note '〔組織形態を選んでください〕' is still here: the value on this line may not have been checked",
                "content/groups/new.md:9:12 CS9101 '〔キーワード〕' is a template placeholder, left in a record that is not a draft",
                "content/groups/new.md:12:2 CS9101 '〔活動内容〕' is a template placeholder, left in a record that is not a draft",
            ], draft)
        }
        let withoutDraft = Self.record.replacingOccurrences(of: "draft: DRAFT\n", with: "")
        XCTAssertEqual(try MessageFixtureSite.check(["groups/new.md": withoutDraft]).filter { $0.id.hasPrefix("CS91") }.count, 5)
    }

    func testTheParserKeepsCommentsButNotTextThatLooksLikeOne() {
        let text = """
            # a line of its own
            title: さくら # after a value
            note: "a # inside quotes"
            body: |
              # a line of the text
            list: [a, # in a list
              b]

            """
        let parsed = FrontMatterParser.read(text, file: "x.yml")
        XCTAssertEqual(parsed.diagnostics, [])
        XCTAssertEqual(parsed.comments.map { "\($0.location.line):\($0.location.column)\($0.text)" },
                       ["1:1 a line of its own", "2:12 after a value", "6:11 in a list"])
    }

    func testPagesCanBeDraftsToo() throws {
        let project = try NewRecordProject.make(sample: false)
        defer { project.remove() }
        try project.write("---\ntitle: 準備中のページ\ndraft: true\n---\n本文\n", to: "content/pages/junbi.md")
        let published = try XCTUnwrap(ContentLoader.load(directory: project.content, displayPath: "content", includeDrafts: false).content)
        XCTAssertFalse(published.pages.contains { $0.slug == "junbi" })
        let preview = try XCTUnwrap(ContentLoader.load(directory: project.content, displayPath: "content", includeDrafts: true).content)
        XCTAssertTrue(preview.pages.contains { $0.slug == "junbi" })
    }
}
