@testable import CivicSite
import Foundation
import XCTest

/// What killed or concurrent builds leave beside the output folder, and how
/// the next build deals with it: only marked folders are deleted, a
/// half-done swap is undone, a second build waits for the lock.
final class StagingRecoveryTests: XCTestCase {
    private var work: URL!
    private var site: URL { work.appendingPathComponent("site") }

    override func setUpWithError() throws {
        work = try OutputTestTree.temporaryFolder("recovery")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: work)
    }

    private func write(_ text: String, to output: URL? = nil) throws {
        try SiteWriter(outputDirectory: output ?? site).write([OutputFile(path: "index.html", text: text),
                                                               OutputFile(path: "a/b/page.html", text: text)])
    }

    /// A folder named `name` beside the site, marked or not, holding a file.
    private func leftover(_ name: String, marked: Bool, empty: Bool = false) throws {
        let folder = work.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("groups/g1"), withIntermediateDirectories: true)
        if !empty { try Data("page".utf8).write(to: folder.appendingPathComponent("groups/g1/index.html")) }
        if empty { try FileManager.default.removeItem(at: folder.appendingPathComponent("groups")) }
        if marked { try StagingMarker.contents.write(to: folder.appendingPathComponent(StagingMarker.fileName)) }
    }

    func testOnlyMarkedLeftoversAreDeletedAndTheOthersAreNamed() throws {
        try write("old")
        let outside = work.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("keep.txt"))
        try leftover(".site.new-101-abc", marked: true)
        try leftover(".site.old-102-def", marked: true)
        try leftover(".site.new-103", marked: false)
        try leftover(".site.new-104", marked: false, empty: true)
        try FileManager.default.createSymbolicLink(atPath: work.path + "/.site.old-105", withDestinationPath: outside.path)
        try leftover(".sitemap.new-1", marked: true)   // another output's name: not ours to look at

        let notices = NoticeBox()
        let staging = try StagingFolder(replacing: site, notify: notices.add)
        try staging.write([OutputFile(path: "index.html", text: "new")])
        try staging.commit()

        XCTAssertEqual(OutputTestTree.strays(in: work, expected: ["site", "outside"]), [".site.new-103", ".site.old-105", ".sitemap.new-1"])
        XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8), "new")
        XCTAssertEqual(try String(contentsOf: outside.appendingPathComponent("keep.txt"), encoding: .utf8), "keep")
        XCTAssertEqual(notices.ids, ["CS5017", "CS5015", "CS5017", "CS5015"].sorted())
        XCTAssertTrue(notices.messages.contains("removed '\(FileIO.shown(work.path + "/.site.new-101-abc"))', left behind by a build that was stopped"),
                      notices.messages.joined(separator: "\n"))
        XCTAssertTrue(notices.messages.contains { $0.hasPrefix("left '\(FileIO.shown(work.path + "/.site.new-103"))' alone") })
    }

    /// Killed while writing the marker, the first file of a staging folder:
    /// nothing but a part of the marker is there, and it goes.
    func testAStagingFolderKilledWhileMarkingItIsRemoved() throws {
        let folder = work.appendingPathComponent(".site.new-106-ghi")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("civicsite-out".utf8).write(to: folder.appendingPathComponent(StagingMarker.fileName))
        let staging = try StagingFolder(replacing: site, notify: { _ in })
        try staging.write([OutputFile(path: "index.html", text: "new")])
        try staging.commit()
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path))
        XCTAssertEqual(OutputTestTree.strays(in: work, expected: ["site"]), [])
    }

    func testAHalfDoneSwapIsUndoneByTheNextBuildEvenWhenThatBuildFails() throws {
        let project = try OutputTestTree.project("half-swap", content: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"))
        defer { try? FileManager.default.removeItem(at: project) }
        let output = project.appendingPathComponent("site")
        let notices = NoticeBox()
        let options = BuildOptions(contentDirectory: project.appendingPathComponent("content"),
                                   themesDirectory: project.appendingPathComponent("themes"),
                                   outputDirectory: output, now: FixtureBuild.now, notify: notices.add)
        _ = try SiteBuilder(options: options).build()
        let previous = OutputTestTree.snapshot(output)
        // Killed between the two renames: the old site moved aside, the new one complete but not in place.
        try FileManager.default.moveItem(at: output, to: project.appendingPathComponent(".site.old-7-x"))
        try leftover(".site.new-7-x", marked: true)
        try FileManager.default.moveItem(at: work.appendingPathComponent(".site.new-7-x"), to: project.appendingPathComponent(".site.new-7-x"))
        try Data("title: [broken\n".utf8).write(to: project.appendingPathComponent("content/site.yml"))

        XCTAssertThrowsError(try SiteBuilder(options: options).build())

        XCTAssertEqual(OutputTestTree.snapshot(output), previous, "the previous site is back in place")
        XCTAssertEqual(OutputTestTree.strays(in: project, expected: ["content", "themes", "site"]), [])
        XCTAssertEqual(notices.ids, ["CS5015", "CS5016"])
    }

    func testASecondWriterWaitsForTheLockAndGivesUpAfterItsTimeout() throws {
        try write("old")
        let first = try StagingFolder(replacing: site)
        let notices = NoticeBox()
        let started = Date()
        XCTAssertThrowsError(try StagingFolder(replacing: site, lockTimeout: 0.3, notify: notices.add)) { error in
            let diagnostic = (error as? StagingFolder.Failure)?.diagnostic(output: "site")
            XCTAssertEqual(diagnostic?.id, "CS5014")
            XCTAssertEqual(diagnostic?.message, "another build was still writing 'site' after 1 s")
            XCTAssertEqual(diagnostic?.hint?.hasPrefix("this build changed nothing"), true)
        }
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.3, "it waited")
        XCTAssertEqual(notices.ids, ["CS5013"])
        first.discard()
        let second = try StagingFolder(replacing: site, lockTimeout: 0.3)
        try second.write([OutputFile(path: "index.html", text: "second")])
        try second.commit()
        XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8), "second")
        XCTAssertEqual(OutputTestTree.strays(in: work, expected: ["site"]), [], "the lock file goes with the lock")
    }

    func testTwoRenamesGiveTheSameSiteAsTheExchange() throws {
        try write("old")
        for exchange in [true, false] {
            // As a site written before markers existed.
            try? FileManager.default.removeItem(at: site.appendingPathComponent(StagingMarker.fileName))
            let staging = try StagingFolder(replacing: site)
            try staging.write([OutputFile(path: "index.html", text: "new \(exchange)")])
            let parent = open(work.path, O_RDONLY | O_DIRECTORY)
            defer { close(parent) }
            let outcome = try SiteSwap.swap(staging: staging.stagingName, output: "site", retiredName: ".site.old-test",
                                            in: parent, parentPath: work.path, allowExchange: exchange)
            XCTAssertEqual(outcome, .retired(exchange ? staging.stagingName : ".site.old-test"))
            XCTAssertEqual(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8), "new \(exchange)")
            guard case .retired(let old) = outcome else { return }
            XCTAssertTrue(StagingMarker.isPresent(atPath: work.path + "/" + old), "the retired site is marked, so a kill now leaves a known leftover")
            staging.finish()
            SafeRemoval.remove(atPath: work.path + "/" + old)
            XCTAssertEqual(OutputTestTree.strays(in: work, expected: ["site"]), [])
        }
    }

    func testStagingNamesHoldARandomPartAndAMarker() throws {
        let a = try StagingFolder(replacing: site)
        let nameA = a.stagingName
        XCTAssertTrue(StagingMarker.isPresent(atPath: a.rootPath))
        a.discard()
        let b = try StagingFolder(replacing: site)
        defer { b.discard() }
        XCTAssertNotEqual(nameA, b.stagingName, "the same process, two staging names")
        XCTAssertTrue(b.stagingName.hasPrefix(".site.new-\(getpid())-"))
    }

    func testALinkedOutputIsReplacedThroughTheLinkWhichStays() throws {
        let real = work.appendingPathComponent("www")
        try write("old", to: real)
        let link = work.appendingPathComponent("public")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        try write("new", to: link)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), real.path, "still a link")
        XCTAssertEqual(try String(contentsOf: real.appendingPathComponent("index.html"), encoding: .utf8), "new")
        XCTAssertEqual(OutputTestTree.strays(in: work, expected: ["www", "public"]), [])
    }
}

/// Collects notices from any thread.
final class NoticeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Diagnostic] = []

    var add: @Sendable (Diagnostic) -> Void { { [self] d in lock.lock(); items.append(d); lock.unlock() } }
    var all: [Diagnostic] { lock.lock(); defer { lock.unlock() }; return items }
    var ids: [String] { all.map(\.id).sorted() }
    var messages: [String] { all.map(\.message) }
}
