import Foundation
import XCTest
@testable import CivicSite

/// The twenty mistakes of `docs/ja/errors.md`: each made in a copy of the
/// sample, checked, and its message and hint found in the guide exactly as
/// staff see them, so the guide can never quote a text `check` does not print.
final class StaffGuideMistakesTests: XCTestCase {
    struct Mistake: Sendable {
        var id: String
        var file: String
        var change: @Sendable (inout String) -> Void = { _ in }
        /// A new name for the file, or its bytes in another encoding.
        var rename: String? = nil
        var shiftJIS = false
    }

    static let event = "content/events/2026-12-harmony-christmas-concert.md"
    static let grant = "content/grants/chiiki-bosai-shizai-hojokin.md"
    static let group = "content/groups/kodomo-shokudo-hidamari.md"

    static func replace(_ old: String, _ new: String) -> @Sendable (inout String) -> Void {
        { text in
            precondition(text.contains(old), "the sample no longer has \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
    }

    static let mistakes: [Mistake] = [
        Mistake(id: "CS1130", file: event, change: replace("venue: ", "venue：")),
        Mistake(id: "CS1131", file: group, change: replace("area: 川端地区", "area:川端地区")),
        Mistake(id: "CS1141", file: group, change: replace("  email: ", "　　email: ")),
        Mistake(id: "CS1103", file: event, change: replace("コンサート]\n---\n", "コンサート]\n")),
        Mistake(id: "CS1151", file: event, change: replace("apply: 全席自由です。", "apply: 申込: 全席自由です。")),
        Mistake(id: "CS1002", file: event, shiftJIS: true),
        Mistake(id: "CS1064", file: event, rename: event + ".txt"),
        Mistake(id: "CS2505", file: event, rename: "content/events/クリスマスコンサート.md"),
        Mistake(id: "CS2011", file: event, change: replace("venue: ", "venu: ")),
        Mistake(id: "CS2013", file: event, change: replace("venue: ", "会場: ")),
        Mistake(id: "CS2002", file: event, change: replace("summary: キャンドルの灯りのなかで、クリスマスキャロルや聖歌をお届けします。\n", "")),
        Mistake(id: "CS2004", file: event, change: replace("title: ハーモニー混声合唱団 クリスマスコンサート", "title:")),
        Mistake(id: "CS2201", file: grant, change: replace("amount_max: 300000", "amount_max: 30万円")),
        Mistake(id: "CS2301", file: grant, change: replace("deadline: 2026-06-30", "deadline: 令和8年6月30日")),
        Mistake(id: "CS2302", file: event, change: replace("start: 2026-12-19T18:30:00+09:00\nend: \"20:00\"", "start: 2026/12/19 18:30〜20:00")),
        Mistake(id: "CS2106", file: group, change: replace("type: voluntary", "type: 社団法人")),
        Mistake(id: "CS3021", file: group, change: replace("fields: [children, health-welfare]", "fields: [子育て, health-welfare]")),
        Mistake(id: "CS3031", file: event, change: replace("organizers: [harmony-gasshodan]", "organizers: [harmony-gassyodan]")),
        Mistake(id: "CS2105", file: group, change: replace("volunteers: true", "volunteers: はい")),
        Mistake(id: "CS9101", file: event, change: replace("venue: さくら野カトリック教会 聖堂", "venue: 〔会場の名前〕")),
    ]

    func testTheGuideQuotesWhatCheckPrints() throws {
        let guide = try String(contentsOf: TestPaths.projectRoot.appendingPathComponent("docs/ja/errors.md"), encoding: .utf8)
        XCTAssertEqual(Self.mistakes.count, 20)
        XCTAssertEqual(Set(Self.mistakes.map(\.id)).count, 20, "twenty different mistakes")
        let project = try NewRecordProject.make()
        defer { project.remove() }
        let original = try Self.files(project)
        for mistake in Self.mistakes {
            try Self.restore(project, original)
            try Self.make(mistake, in: project)
            let shown = project.check().filter { $0.id == mistake.id }
            XCTAssertEqual(shown.count, 1, "\(mistake.id): \(project.check().map(\.description))")
            guard let problem = shown.first else { continue }
            let text = DiagnosticFormat.text.render(problem, in: .ja)
            // The place is left out: a change to the sample may move it.
            for line in text.components(separatedBy: "\n") {
                let start = (line.range(of: ": error: ") ?? line.range(of: ": warning: "))?.lowerBound ?? line.startIndex
                let quoted = line.hasPrefix("    ") ? line : String(line[start...])
                XCTAssertTrue(guide.contains(quoted), "docs/ja/errors.md does not show \(mistake.id) as check prints it:\n\(line)")
            }
            XCTAssertTrue(guide.contains("[\(mistake.id)]"), mistake.id)
        }
    }

    static func files(_ project: NewRecordProject) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in [event, grant, group] { files[path] = try Data(contentsOf: project.root.appendingPathComponent(path)) }
        return files
    }

    static func restore(_ project: NewRecordProject, _ files: [String: Data]) throws {
        for extra in [event + ".txt", "content/events/クリスマスコンサート.md"] {
            try? FileManager.default.removeItem(at: project.root.appendingPathComponent(extra))
        }
        for (path, data) in files { try data.write(to: project.root.appendingPathComponent(path)) }
    }

    static func make(_ mistake: Mistake, in project: NewRecordProject) throws {
        let url = project.root.appendingPathComponent(mistake.file)
        var text = try String(contentsOf: url, encoding: .utf8)
        mistake.change(&text)
        if mistake.shiftJIS {
            try XCTUnwrap(text.data(using: .shiftJIS)).write(to: url)
        } else {
            try Data(text.utf8).write(to: url)
        }
        if let rename = mistake.rename {
            try FileManager.default.moveItem(at: url, to: project.root.appendingPathComponent(rename))
        }
    }
}
