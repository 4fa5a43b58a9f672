import Foundation
import XCTest
@testable import CivicSite

/// Every key of every kind, every nested key and every enumeration id is
/// documented in the developers' reference (`docs/content-format.md`) and
/// in the staff guide (`docs/ja/`), each in the section or page of its kind.
final class DocsCoverageTests: XCTestCase {
    /// What one kind of file must document.
    struct Subject {
        var name: String
        var keys: [String]
        /// Keys of a mapping: written as `parent` then `key`, in one table
        /// row or one paragraph (`centre:` keys: `name` …).
        var nested: [(parent: String, keys: [String])] = []
        /// Enumeration ids, each a cell of a table row.
        var values: [String] = []
        /// The words that are written as keys in the Japanese guide only
        /// (the evaluation aspects' labels).
        var japaneseOnly: [String] = []
        /// The English section is the `## ` heading holding this text.
        var section: String
        var page: String
    }

    static let subjects: [Subject] = [
        Subject(name: "site.yml", keys: SiteConfigDecoder.keys,
                nested: [("centre", SiteConfigDecoder.centreKeys), ("areas", AreaListDecoder.keys)],
                section: "`content/site.yml`", page: "settings.md"),
        Subject(name: "fields", keys: FieldDecoder.keys, values: RecordKindFields.ids, section: "`content/fields/`", page: "fields.md"),
        Subject(name: "groups", keys: GroupDecoder.keys,
                nested: [("contact", ContactDecoder.keys), ("recruiting", RecruitingDecoder.keys)],
                values: GroupType.allCases.map(\.id), section: "`content/groups/`", page: "groups.md"),
        Subject(name: "events", keys: EventDecoder.keys, section: "`content/events/`", page: "events.md"),
        Subject(name: "grants", keys: GrantDecoder.keys, values: GrantKind.allCases.map(\.id),
                section: "`content/grants/`", page: "grants.md"),
        Subject(name: "cases", keys: CaseDecoder.keys,
                values: CaseForm.allCases.map(\.id) + EvaluationAspect.allCases.map(\.id),
                japaneseOnly: EvaluationAspect.allCases.map(\.label), section: "`content/cases/`", page: "cases.md"),
        Subject(name: "news", keys: NewsDecoder.keys, section: "`content/news/`", page: "news.md"),
        Subject(name: "pages", keys: PageDecoder.keys, section: "`content/pages/`", page: "pages.md"),
    ]

    static let docs = TestPaths.projectRoot.appendingPathComponent("docs")

    func testEveryKeyIsDocumentedInTheReferenceAndInTheStaffGuide() throws {
        let reference = try String(contentsOf: Self.docs.appendingPathComponent("content-format.md"), encoding: .utf8)
        for subject in Self.subjects {
            let section = try XCTUnwrap(Self.section(of: reference, holding: subject.section), subject.name)
            XCTAssertEqual(Self.missing(subject, in: section, japanese: false), [], "docs/content-format.md, \(subject.name)")
            let page = try String(contentsOf: Self.docs.appendingPathComponent("ja/\(subject.page)"), encoding: .utf8)
            XCTAssertEqual(Self.missing(subject, in: page, japanese: true), [], "docs/ja/\(subject.page)")
        }
    }

    /// The check is precise: a key's row taken out is noticed.
    func testARemovedKeyIsNoticed() throws {
        let page = try String(contentsOf: Self.docs.appendingPathComponent("ja/groups.md"), encoding: .utf8)
        let groups = Self.subjects.first { $0.name == "groups" }!
        for (row, key) in [("| `area` |", "area"), ("| `contact` の `email` |", "contact.email"), ("| `npo` |", "npo")] {
            let cut = page.components(separatedBy: "\n").filter { !$0.hasPrefix(row) }.joined(separator: "\n")
            XCTAssertEqual(Self.missing(groups, in: cut, japanese: true), [key], row)
        }
        let reference = try String(contentsOf: Self.docs.appendingPathComponent("content-format.md"), encoding: .utf8)
        let section = try XCTUnwrap(Self.section(of: reference, holding: "`content/events/`"))
        let events = Self.subjects.first { $0.name == "events" }!
        let cut = section.replacingOccurrences(of: "| `venue` |", with: "| venue |")
        XCTAssertEqual(Self.missing(events, in: cut, japanese: false), ["venue"])
    }

    /// The guide's copyable templates are what `civicsite new` writes.
    func testTheGuidesTemplatesAreTheThemesTemplates() throws {
        let project = try NewRecordProject.make(sample: false)
        defer { project.remove() }
        for kind in RecordKind.makeable {
            var request = project.request(kind)
            request.now = DateTime(date: LocalDate(year: 2026, month: 12, day: 1), hour: 10, minute: 0)
            let written = try project.text(NewRecord.make(request).path)
            let page = try String(contentsOf: Self.docs.appendingPathComponent("ja/\(kind.rawValue).md"), encoding: .utf8)
            XCTAssertTrue(page.contains("```markdown\n" + written + "```\n"),
                          "docs/ja/\(kind.rawValue).md does not hold the template civicsite new writes")
        }
    }

    /// The guide comes first in the README, and its links lead somewhere.
    func testTheGuideIsLinkedFirstAndItsLinksResolve() throws {
        let readme = try String(contentsOf: TestPaths.projectRoot.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertEqual(Self.links(in: readme).first, "docs/ja/README.md")
        let guide = Self.docs.appendingPathComponent("ja")
        let pages = try FileManager.default.contentsOfDirectory(atPath: guide.path).filter { $0.hasSuffix(".md") }.sorted()
        for page in pages where page != "README.md" {
            XCTAssertTrue(SlugRules.isValid(String(page.dropLast(3))), "\(page): lowercase ASCII names are safe on Windows and in addresses")
        }
        let contents = try String(contentsOf: guide.appendingPathComponent("README.md"), encoding: .utf8)
        for page in pages where page != "README.md" {
            XCTAssertTrue(Self.links(in: contents).contains(page), "docs/ja/README.md does not list \(page)")
        }
        for page in pages {
            let text = try String(contentsOf: guide.appendingPathComponent(page), encoding: .utf8)
            for link in Self.links(in: text) where !link.hasPrefix("http") && !link.hasPrefix("#") {
                let file = String(link.split(separator: "#", maxSplits: 1)[0])
                let target = guide.appendingPathComponent(file).standardizedFileURL
                XCTAssertTrue(FileManager.default.fileExists(atPath: target.path), "docs/ja/\(page): \(link) leads nowhere")
            }
        }
    }

    // MARK: - Reading the documents

    /// The text from the `## ` heading holding `marker` to the next one.
    static func section(of text: String, holding marker: String) -> String? {
        var lines: [String] = []
        var inside = false
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("## ") {
                if inside { break }
                inside = line.contains(marker)
            }
            if inside { lines.append(line) }
        }
        return inside || !lines.isEmpty ? lines.joined(separator: "\n") : nil
    }

    /// What `subject` needs that `text` does not document, as `key`,
    /// `parent.key` or the enumeration id.
    static func missing(_ subject: Subject, in text: String, japanese: Bool) -> [String] {
        let lines = text.components(separatedBy: "\n")
        let rows = lines.filter { $0.hasPrefix("|") }
        func isRow(_ word: String) -> Bool { rows.contains { $0.hasPrefix("| `\(word)` |") } }
        func isCell(_ word: String) -> Bool { rows.contains { $0.contains("| `\(word)` |") } }
        var missing = subject.keys.filter { !isRow($0) } + subject.values.filter { !isCell($0) }
        let units = rows + paragraphs(lines)
        for (parent, keys) in subject.nested {
            for key in keys where !units.contains(where: {
                ($0.contains("`\(parent)`") || $0.contains("`\(parent):`")) && $0.contains("`\(key)`")
            }) {
                missing.append("\(parent).\(key)")
            }
        }
        if japanese {
            missing += subject.japaneseOnly.filter { label in rows.contains { $0.contains("`\(label)`") } == false }
        }
        return missing
    }

    /// Runs of lines that are neither blank nor table rows, joined.
    static func paragraphs(_ lines: [String]) -> [String] {
        var result: [String] = []
        var current: [String] = []
        for line in lines {
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("|") {
                if !current.isEmpty { result.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: " ")) }
        return result
    }

    /// The targets of the Markdown links `[text](target)`, in order; what
    /// code blocks and code spans show is an example of syntax, not a link.
    static func links(in markdown: String) -> [String] {
        var prose: [String] = []
        var inFence = false
        for line in markdown.components(separatedBy: "\n") {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if !inFence { prose.append(line) }
        }
        let text = prose.joined(separator: "\n").replacingOccurrences(of: #"`[^`\n]*`"#, with: "", options: .regularExpression)
        let regex = try! NSRegularExpression(pattern: #"\]\(([^)\s]+)\)"#)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }
}

/// The ids of the 17 fields, from the sample's file names (they are fixed).
enum RecordKindFields {
    static let ids: [String] = ((try? FileManager.default.contentsOfDirectory(
        atPath: TestPaths.projectRoot.appendingPathComponent("content/fields").path)) ?? [])
        .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
}
