import Foundation
import XCTest
@testable import CivicSite

/// What keeps a build's memory bounded gives the same site as holding
/// everything did: bodies rendered when asked for, record pages made when
/// rendered, open data written a piece at a time.
final class BoundedBuildTests: XCTestCase {
    static let options = BuildOptions(contentDirectory: TestPaths.projectRoot.appendingPathComponent("content"),
                                      themesDirectory: TestPaths.projectRoot.appendingPathComponent("themes"),
                                      outputDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("unused"),
                                      now: DateTime(date: LocalDate(year: 2026, month: 12, day: 1), hour: 9, minute: 0))

    /// The sample site's context as a build prepares it.
    static func context(forSearch: Bool = false) throws -> RenderContext {
        let builder = SiteBuilder(options: options)
        var problems = DiagnosticList()
        let content = try builder.loadContent(&problems)
        let theme = try builder.loadTheme(for: content.config, &problems)
        return builder.renderMarkdown(content, theme: theme, forSearch: forSearch, &problems)
    }

    /// A build keeps the text search reads from the first rendering; it is
    /// the text a body rendered again gives.
    func testTheSearchTextKeptFromTheFirstRenderingIsTheBodysText() throws {
        XCTAssertTrue(try Self.context().searchTexts.isEmpty, "check keeps none")
        let context = try Self.context(forSearch: true)
        let renderer = try XCTUnwrap(context.bodyRendering)
        XCTAssertEqual(context.searchTexts.count, renderer.sources.count)
        var nonEmpty = 0
        for source in renderer.sources {
            let kept = try XCTUnwrap(context.searchTexts[source.key], source.key)
            XCTAssertEqual(kept, SearchPlainText.fromHTML(renderer.render(source).html), source.key)
            if !kept.isEmpty { nonEmpty += 1 }
        }
        XCTAssertGreaterThan(nonEmpty, renderer.sources.count / 2, "the sample's bodies have text")
    }

    func testNoBodyIsHeldAndEachIsRenderedAsBeforeWhenAskedFor() throws {
        let context = try Self.context()
        XCTAssertTrue(context.bodies.isEmpty, "the build holds no body's HTML")
        let renderer = try XCTUnwrap(context.bodyRendering)
        XCTAssertFalse(renderer.sources.isEmpty)
        for source in renderer.sources {
            let slug = String(source.key.split(separator: "/", maxSplits: 1)[1])
            XCTAssertEqual(context.body(source.kind, slug), renderer.render(source).html, source.key)
        }
        XCTAssertTrue(context.body(.groups, "no-such-group").isEmpty)
    }

    func testAPageMadeLaterHasTheLayoutAndPathItsPlaceHolderPromised() throws {
        let specs = try Self.context().pageSpecs()
        let paths = specs.map(\.path)
        XCTAssertEqual(Set(paths).count, paths.count, "one spec per page")
        var later = 0
        for spec in specs {
            let made = spec.made()
            XCTAssertEqual(made.path, spec.path)
            XCTAssertEqual(made.layout, spec.layout, spec.path)
            XCTAssertEqual(made.dated, spec.dated, spec.path)
            XCTAssertEqual(made.indexable, spec.indexable, spec.path)
            if made.title != spec.title { later += 1 }
        }
        XCTAssertGreaterThan(later, 10, "the record pages are made when rendered")
    }

    /// The oracle: the whole document serialised at once, as the build did
    /// before it wrote open data a record at a time.
    func testOpenDataWrittenInPiecesIsTheWholeDocumentSerialisedAtOnce() throws {
        let context = try Self.context()
        let expected: [(RecordKind, [JSONValue])] = [
            (.groups, context.content.groups.sorted { $0.slug < $1.slug }.map(context.groupData)),
            (.events, context.content.events.sorted { $0.slug < $1.slug }.map(context.eventData)),
            (.news, context.content.news.sorted { $0.slug < $1.slug }.map(context.newsData)),
            (.pages, context.content.pages.sorted { $0.slug < $1.slug }.map(context.pageData)),
            (.cases, []),
        ]
        for (kind, records) in expected {
            let whole: JSONValue = .object([("kind", .string(kind.rawValue)), ("count", .int(records.count)), ("records", .array(records))])
            let stream = OpenDataStream(path: "x.json", target: .memory, pieceSize: 7)
            let count = kind == .cases ? try Self.writeNothing(kind, context, to: stream) : try context.writeOpenDataJSON(kind, to: stream)
            let text = try stream.finish()
            XCTAssertEqual(count, records.count)
            XCTAssertEqual(text, whole.serialized(pretty: true, scriptSafe: false) + "\n", kind.rawValue)
            XCTAssertEqual(stream.bytes, text.utf8.count)
        }
    }

    /// A kind with no records, written the same way (`[]`, not a list on its own lines).
    static func writeNothing(_ kind: RecordKind, _ context: RenderContext, to stream: OpenDataStream) throws -> Int {
        var empty = context
        empty.content.cases = []
        return try empty.writeOpenDataJSON(kind, to: stream)
    }

    func testAFileWrittenInPiecesIntoTheStagingFolderHoldsEveryPiece() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-pieces-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let staging = try StagingFolder(replacing: parent.appendingPathComponent("site"))
        let stream = OpenDataStream(path: "data/x.csv", target: .staging(staging), pieceSize: 4)
        for line in ["一行目\r\n", "b,c\r\n", "", "終わり"] { try stream.append(line) }
        XCTAssertEqual(try stream.finish(), "", "nothing is kept in memory")
        let quiet = OpenDataStream(path: "data/empty.json", target: .staging(staging))
        _ = try quiet.finish()
        try staging.commit()
        let written = try String(contentsOf: parent.appendingPathComponent("site/data/x.csv"), encoding: .utf8)
        XCTAssertEqual(written, "一行目\r\nb,c\r\n終わり")
        XCTAssertEqual(stream.bytes, written.utf8.count)
        XCTAssertEqual(try Data(contentsOf: parent.appendingPathComponent("site/data/empty.json")), Data(), "an empty file is still a file")
    }

    func testTheCSVWrittenALineAtATimeIsItsText() throws {
        let table = OpenDataCSV(header: ["名前", "本文"], rows: [["a,b", "1行目\n2行目"], ["=1+1", "\"引用\""]])
        let stream = OpenDataStream(path: "x.csv", target: .memory, pieceSize: 3)
        try table.write(to: stream)
        XCTAssertEqual(try stream.finish(), table.text)
    }
}
