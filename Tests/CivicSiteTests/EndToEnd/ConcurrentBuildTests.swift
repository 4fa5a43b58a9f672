import CivicSite
import Foundation
import XCTest

/// Two builds of one output folder at once: the second waits for the
/// first (or gives up with a plain message after its timeout); neither
/// leaves a half site or a stray folder.
final class ConcurrentBuildTests: XCTestCase {
    private var project: URL!
    private static let addresses = ["https://a.example.jp/", "https://b.example.jp/"]

    override func setUpWithError() throws {
        try CivicSiteCommand.requireExecutable()
        project = try OutputTestTree.project("concurrent", content: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: project)
    }

    private func start(_ address: String, _ environment: [String: String] = [:]) throws -> ChildBuild {
        try ChildBuild(["build", "--quiet", "--lang", "en", "--now", "2026-12-01", "--base-url", address], in: project,
                       environment: environment)
    }

    private func sitemap() -> String {
        (try? String(contentsOfFile: project.path + "/site/sitemap.xml", encoding: .utf8)) ?? ""
    }

    private func assertNothingLeftBehind(file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(OutputTestTree.strays(in: project, expected: ["content", "themes", "site"]), [], file: file, line: line)
    }

    func testASecondBuildWaitsForTheFirstAndThenReplacesItsSite() throws {
        let first = try start(Self.addresses[0], ["CIVICSITE_FAILPOINT": "locked=pause:0.8"])
        Thread.sleep(forTimeInterval: 0.3)
        let second = try start(Self.addresses[1])
        let (a, b) = (first.wait(), second.wait())
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertEqual(b.status, 0, b.stderr)
        XCTAssertEqual(b.stderr, "site:1:1: warning: another build is writing 'site'; waiting for it to finish (at most 300 s) [CS5013]\n")
        XCTAssertTrue(sitemap().contains(Self.addresses[1]), "the later build's site is the one in place")
        assertNothingLeftBehind()
    }

    func testASecondBuildGivesUpAfterItsTimeoutAndChangesNothing() throws {
        XCTAssertEqual(try start(Self.addresses[1]).wait().status, 0)
        let first = try start(Self.addresses[0], ["CIVICSITE_FAILPOINT": "locked=pause:1.0"])
        Thread.sleep(forTimeInterval: 0.3)
        let second = try start(Self.addresses[1], ["CIVICSITE_LOCK_TIMEOUT": "0.3"]).wait()
        XCTAssertEqual(second.status, 1)
        XCTAssertTrue(second.stderr.contains("""
            site:1:1: error: another build was still writing 'site' after 1 s [CS5014]
                hint: this build changed nothing; build again once the other one has finished (CIVICSITE_LOCK_TIMEOUT sets how long to wait)
            """), second.stderr)
        XCTAssertTrue(sitemap().contains(Self.addresses[1]), "the site is still the one before both")
        XCTAssertEqual(first.wait().status, 0)
        XCTAssertTrue(sitemap().contains(Self.addresses[0]))
        assertNothingLeftBehind()
    }

    func testBuildsStartedTogetherAllSucceedAndLeaveOneCompleteSite() throws {
        for round in 0..<2 {
            let builds = try (0..<2).map { try start(Self.addresses[($0 + round) % 2]) }
            for result in builds.map({ $0.wait() }) { XCTAssertEqual(result.status, 0, "round \(round): \(result.stderr)") }
            let map = sitemap()
            XCTAssertTrue(Self.addresses.contains { map.contains($0) }, "round \(round): no complete sitemap")
            XCTAssertTrue(FileManager.default.fileExists(atPath: project.path + "/site/index.html"))
            assertNothingLeftBehind()
        }
    }
}
