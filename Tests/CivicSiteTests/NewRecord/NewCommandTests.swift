import Foundation
import XCTest
@testable import CivicSite

/// `civicsite new` as staff run it: the path it wrote on the first line,
/// the slug and how to rename it, and a file `check --strict` passes.
final class NewCommandTests: XCTestCase {
    func testNewThenCheck() throws {
        try CivicSiteCommand.requireExecutable()
        let project = try NewRecordProject.make()
        defer { project.remove() }
        let made = try CivicSiteCommand.run(["new", "event", "--title", "夏休みかがく教室", "--now", "2026-12-01", "--lang", "en"],
                                            in: project.root)
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertEqual(made.stdout.components(separatedBy: "\n").prefix(3), [
            "wrote content/events/new-event-2026-12-01.md (a draft)",
            "template: themes/default/archetypes/events.md",
            "no slug could be made from the title (kanji cannot be read), so it is new-event-2026-12-01",
        ])
        XCTAssertTrue(made.stdout.contains("to change the slug, rename the file (content/events/new-event-2026-12-01.md → "))
        XCTAssertTrue(try project.text("content/events/new-event-2026-12-01.md").contains("\ntitle: 夏休みかがく教室\n"))

        let checked = try CivicSiteCommand.run(["check", "--strict", "--now", "2026-12-01"], in: project.root)
        XCTAssertEqual(checked.status, 0, checked.stderr)

        let again = try CivicSiteCommand.run(["new", "event", "new-event-2026-12-01", "--lang", "en"], in: project.root)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("'content/events/new-event-2026-12-01.md' already exists; it is not overwritten [CS9114]"),
                      again.stderr)
        XCTAssertEqual(again.stdout, "")
    }

    func testAGroupsSlugComesFromItsReading() throws {
        try CivicSiteCommand.requireExecutable()
        let project = try NewRecordProject.make()
        defer { project.remove() }
        let made = try CivicSiteCommand.run(["new", "group", "--title", "さくら子ども食堂", "--kana", "さくらこどもしょくどう", "--lang", "ja"],
                                            in: project.root)
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertEqual(made.stdout.components(separatedBy: "\n").first, "content/groups/sakura-kodomo-shokudo.md を作りました（下書き）")
        XCTAssertTrue(made.stdout.contains("スラッグ（ページのアドレスの最後の部分）は、タイトルから「sakura-kodomo-shokudo」にしました"))
        XCTAssertTrue(try project.text("content/groups/sakura-kodomo-shokudo.md").contains("\nkana: さくらこどもしょくどう\n"))
    }

    func testUsageMistakesWriteNothing() throws {
        try CivicSiteCommand.requireExecutable()
        let project = try NewRecordProject.make(sample: false)
        defer { project.remove() }
        let before = FixtureBuild.files(under: project.root)
        for words in [["new", "evnt"], ["new", "group", "--titel", "x"], ["new", "page", "a", "b"], ["new", "group", "--title", ""]] {
            let run = try CivicSiteCommand.run(words + ["--lang", "en"], in: project.root)
            XCTAssertEqual(run.status, 2, "\(words)")
        }
        XCTAssertEqual(FixtureBuild.files(under: project.root), before)
    }

    func testHelp() throws {
        try CivicSiteCommand.requireExecutable()
        let en = try CivicSiteCommand.run(["help", "new", "--lang", "en"])
        XCTAssertTrue(en.stdout.contains("Usage: civicsite new group|event|grant|case|page [--title TITLE] [--kana KANA] [SLUG]"))
        let ja = try CivicSiteCommand.run(["help", "new", "--lang", "ja"])
        XCTAssertTrue(ja.stdout.contains("使い方: civicsite new group|event|grant|case|page"))
    }
}
