import Foundation
import XCTest
@testable import CivicSite

/// `civicsite new` in a copy of the sample project: every kind gives a
/// draft that `check` passes, with every key of its kind explained, and
/// nothing unfinished can be published.
final class NewRecordTests: XCTestCase {
    static let required: [RecordKind: [String]] = [
        .groups: ["title", "kana", "type", "fields", "summary"],
        .events: ["title", "start", "summary"],
        .grants: ["title", "provider", "kind", "deadline", "summary"],
        .cases: ["title", "fiscal_year", "form", "summary"],
        .news: ["title", "date", "summary"],
        .pages: ["title"],
    ]

    static let keys: [RecordKind: [String]] = [
        .groups: GroupDecoder.keys + ContactDecoder.keys + RecruitingDecoder.keys,
        .events: EventDecoder.keys,
        .grants: GrantDecoder.keys,
        .cases: CaseDecoder.keys + EvaluationAspect.allCases.map(\.label),
        .news: NewsDecoder.keys,
        .pages: PageDecoder.keys,
    ]

    func testEveryKindWritesADraftThatCheckPasses() throws {
        let project = try NewRecordProject.make()
        defer { project.remove() }
        for kind in RecordKind.makeable {
            let untitled = try project.make(kind)
            let titled = try project.make(kind, title: "テスト用の記録")
            for result in [untitled, titled] {
                XCTAssertTrue(FileManager.default.fileExists(atPath: project.root.appendingPathComponent(result.path).path), result.path)
                XCTAssertTrue(try project.text(result.path).contains("\ndraft: true\n"), result.path)
                XCTAssertEqual(result.warnings, [], result.path)
            }
        }
        XCTAssertEqual(project.check().map(\.description), [], "as published: drafts left out")
        XCTAssertEqual(project.check(drafts: true).map(\.description), [], "with --drafts, as the preview shows them")
    }

    func testEveryKeyOfTheKindIsWrittenWithANoteAndTheRequiredOnesAreMarked() throws {
        let project = try NewRecordProject.make()
        defer { project.remove() }
        for kind in RecordKind.makeable {
            let lines = try project.text(project.make(kind).path).components(separatedBy: "\n")
            for key in Self.keys[kind]! {
                guard let index = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(key):") }) else {
                    XCTFail("\(kind): no '\(key):' line")
                    continue
                }
                // The note above a key: the run of comment lines before it.
                var notes: [String] = []
                var above = index - 1
                while above >= 0, lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("#") {
                    notes.insert(lines[above], at: 0)
                    above -= 1
                }
                let isAspect = kind == .cases && EvaluationAspect.allCases.map(\.label).contains(key)
                XCTAssertTrue(isAspect || !notes.isEmpty, "\(kind): '\(key)' has no note saying what to write")
                let marked = notes.joined().contains("【必須】")
                XCTAssertEqual(marked, Self.required[kind]!.contains(key), "\(kind): '\(key)' required mark")
            }
        }
    }

    func testARecordLeftUnfinishedCannotBePublished() throws {
        let project = try NewRecordProject.make()
        defer { project.remove() }
        for kind in RecordKind.makeable {
            let path = try project.make(kind).path
            try project.write(try project.text(path).replacingOccurrences(of: "\ndraft: true\n", with: "\ndraft: false\n"), to: path)
            let problems = project.check().filter { $0.location.file == path }
            XCTAssertTrue(problems.contains { $0.id == "CS9101" && $0.message.contains("〔") }, "\(kind): \(problems)")
            XCTAssertTrue(problems.allSatisfy(\.isError))
            if kind != .pages {
                XCTAssertTrue(problems.contains { $0.id == "CS9102" }, "\(kind): a stand-in value's note is reported")
            }
            try FileManager.default.removeItem(at: project.root.appendingPathComponent(path))
        }
    }

    /// What staff do: write over every 〔…〕, delete the notes and the
    /// draft line. The record then publishes with no problem at all.
    func testARecordFilledInPublishes() throws {
        let project = try NewRecordProject.make()
        defer { project.remove() }
        for kind in RecordKind.makeable {
            let path = try project.make(kind, title: "記入済みの記録").path
            var text = try project.text(path)
            text = text.replacingOccurrences(of: "\ndraft: true\n", with: "\n")
            text = text.replacingOccurrences(of: #"  # 〔[^〕]*〕"#, with: "", options: .regularExpression)
            text = text.replacingOccurrences(of: #"〔([^〕]*)〕"#, with: "$1", options: .regularExpression)
            try project.write(text, to: path)
            XCTAssertEqual(project.check().map(\.description), [], "\(kind)")
            let loaded = ContentLoader.load(directory: project.content, displayPath: "content", includeDrafts: false)
            let slug = String(path.split(separator: "/").last!.dropLast(3))
            let titles = Self.titles(of: kind, in: loaded.content)
            XCTAssertEqual(titles[slug], "記入済みの記録", "\(kind) is published")
            try FileManager.default.removeItem(at: project.root.appendingPathComponent(path))
        }
    }

    static func titles(of kind: RecordKind, in content: SiteContent?) -> [String: String] {
        guard let content else { return [:] }
        let pairs: [(String, String)]
        switch kind {
        case .groups: pairs = content.groups.map { ($0.slug, $0.title) }
        case .events: pairs = content.events.map { ($0.slug, $0.title) }
        case .grants: pairs = content.grants.map { ($0.slug, $0.title) }
        case .cases: pairs = content.cases.map { ($0.slug, $0.title) }
        case .news: pairs = content.news.map { ($0.slug, $0.title) }
        case .fields: pairs = content.fields.map { ($0.slug, $0.name) }
        case .pages: pairs = content.pages.map { ($0.slug, $0.title) }
        }
        return Dictionary(pairs) { a, _ in a }
    }

    func testItNeverOverwritesAFile() throws {
        let project = try NewRecordProject.make()
        defer { project.remove() }
        let path = "content/events/bosai-kunren.md"
        try project.write("私の記録\n", to: path)
        XCTAssertThrowsError(try project.make(.events, slug: "bosai-kunren")) { error in
            let problems = (error as? DiagnosticList)?.items ?? []
            XCTAssertEqual(problems.map(\.id), ["CS9114"])
            XCTAssertEqual(problems.first?.message, "'content/events/bosai-kunren.md' already exists; it is not overwritten")
        }
        XCTAssertEqual(try project.text(path), "私の記録\n")
        // A slug made from the title is most likely the same record: refused too.
        XCTAssertThrowsError(try project.make(.groups, title: "こども食堂ひだまり", kana: "こどもしょくどうひだまり")) { error in
            XCTAssertEqual((error as? DiagnosticList)?.items.first?.message,
                           "'content/groups/kodomo-shokudo-hidamari.md' already exists; it is not overwritten")
        }
        XCTAssertEqual(try project.text("content/groups/kodomo-shokudo-hidamari.md"),
                       try String(contentsOf: TestPaths.projectRoot.appendingPathComponent("content/groups/kodomo-shokudo-hidamari.md"),
                                  encoding: .utf8))
    }

    func testSlugProposals() throws {
        let project = try NewRecordProject.make(sample: false)
        defer { project.remove() }
        let cases: [(RecordKind, String?, String?, String?, String, NewRecordResult.SlugOrigin)] = [
            (.groups, "さくら子ども食堂", "さくらこどもしょくどう", nil, "sakura-kodomo-shokudo", .title),
            (.groups, "NPO法人ITサロンつなぐ", nil, nil, "it-saron-tsunagu", .title),
            (.groups, "ひまわりの会", nil, nil, "new-group-2026-12-01", .date),
            (.events, "スマホ相談会", nil, nil, "new-event-2026-12-01", .date),
            (.events, "スマホ相談会", nil, nil, "new-event-2026-12-01-2", .date),
            (.events, "ピアノ・コンサート", nil, nil, "piano-konsato", .title),
            (.grants, nil, nil, "midori-josei-2027", "midori-josei-2027", .given),
            (.cases, nil, nil, nil, "new-case-2026-12-01", .date),
            (.pages, "Search", nil, nil, "new-page-2026-12-01", .date),
        ]
        for (kind, title, kana, slug, expected, origin) in cases {
            let result = try project.make(kind, title: title, kana: kana, slug: slug)
            XCTAssertEqual(result.slug, expected, "\(kind) \(title ?? "-")")
            XCTAssertEqual(result.slugOrigin, origin, "\(kind) \(title ?? "-")")
            XCTAssertEqual(result.path, "content/\(kind.rawValue)/\(expected).md")
        }
        // A group whose title is kana gets it as its reading too.
        XCTAssertTrue(try project.text("content/groups/it-saron-tsunagu.md").contains("\nkana: あいてぃーサロンつなぐ\n"))
    }

    func testAGivenSlugFollowsTheSlugRules() throws {
        let project = try NewRecordProject.make(sample: false)
        defer { project.remove() }
        for (slug, id, hint) in [("Sakura_Shokudo", "CS9113", "e.g. sakura-shokudo"), ("さくら", "CS9113", "e.g. sakura"),
                                 ("search", "CS9119", nil)] {
            XCTAssertThrowsError(try project.make(.pages, slug: slug)) { error in
                let problem = (error as? DiagnosticList)?.items.first
                XCTAssertEqual(problem?.id, id, slug)
                if let hint { XCTAssertEqual(problem?.hint, hint) }
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: project.content.appendingPathComponent("pages/search.md").path))
    }

    func testTitlesAreWrittenSoTheyReadBackAsTyped() throws {
        let project = try NewRecordProject.make(sample: false)
        defer { project.remove() }
        let titles = ["「春」: 会員募集 #1", "\"引用\" と 'quote'", "true", "- はじめに", "[特集] 夏", "50", "A & B <c>"]
        for (index, title) in titles.enumerated() {
            _ = try project.make(.pages, title: title, slug: "page-\(index)")
        }
        let content = try XCTUnwrap(ContentLoader.load(directory: project.content, displayPath: "content", includeDrafts: true).content)
        for (index, title) in titles.enumerated() {
            XCTAssertEqual(content.pages.first { $0.slug == "page-\(index)" }?.title, title)
        }
    }

    func testTemplateValues() {
        func values(_ date: LocalDate) -> TemplateValue {
            var request = NewRecordProject(root: URL(fileURLWithPath: "/nonexistent")).request(.cases)
            request.now = DateTime(date: date, hour: 8, minute: 5)
            return NewRecord.values(request, slug: "s", reading: nil)
        }
        guard case .object(let december) = values(LocalDate(year: 2026, month: 12, day: 1)),
              case .object(let february) = values(LocalDate(year: 2027, month: 2, day: 3)) else { return XCTFail() }
        XCTAssertEqual(december["today"], .string("2026-12-01"))
        XCTAssertEqual(december["now"], .string("2026-12-01 08:05"))
        XCTAssertEqual(december["fiscal_year"], .int(2026))
        XCTAssertEqual(february["fiscal_year"], .int(2026), "January to March belong to the year before's 年度")
        XCTAssertEqual(february["year"], .int(2027))
        XCTAssertEqual(december["title"], .null)
    }
}
