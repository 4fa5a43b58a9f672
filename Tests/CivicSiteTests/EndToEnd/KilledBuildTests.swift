import CivicSite
import Foundation
import XCTest

/// A build killed with SIGKILL at any moment leaves a complete site — the
/// previous one or the new one — and the next build succeeds and leaves
/// nothing behind. The moments are the named fail points of a build (every
/// step from taking the lock to deleting the old site, with the atomic
/// exchange and with two renames) and kills after timed delays.
final class KilledBuildTests: XCTestCase {
    private var project: URL!
    private var sites: [String: [String: OutputTestTree.Node]] = [:]
    private static let addresses = ["https://a.example.jp/", "https://b.example.jp/"]

    override func setUpWithError() throws {
        try CivicSiteCommand.requireExecutable()
        // The minimal fixture site: every stage of a build, at a third of the sample's time.
        project = try OutputTestTree.project("killed", content: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"))
        // The two sites a build can leave: built with two addresses, they differ.
        for address in Self.addresses {
            let run = try ChildBuild(arguments(address), in: project).wait()
            XCTAssertEqual(run.status, 0, run.stderr)
            sites[address] = OutputTestTree.snapshot(project.appendingPathComponent("site"))
        }
        XCTAssertNotEqual(sites[Self.addresses[0]], sites[Self.addresses[1]])
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: project)
    }

    private func arguments(_ address: String) -> [String] {
        ["build", "--quiet", "--lang", "en", "--now", "2026-12-01", "--base-url", address]
    }

    private struct Kill: CustomStringConvertible {
        var point: String?
        var delay: Double?
        var twoRenames = false
        var description: String { (point.map { "at \($0)" } ?? "after \(delay ?? 0) s") + (twoRenames ? " (two renames)" : "") }
    }

    private static let points: [Kill] =
        ["locked", "staging-created", "staging-marked", "content-loaded", "page:1", "page:30", "pages-written",
         "data-written", "search-written", "before-swap", "swapped", "removing-old", "old-removed"].map { Kill(point: $0) }
        + ["before-swap", "between-renames", "swapped", "removing-old", "old-removed"].map { Kill(point: $0, twoRenames: true) }

    func testABuildKilledAtAnyMomentLeavesACompleteSiteAndTheNextBuildCleansUp() throws {
        // 18 named points and 2 timed kills, which land between them (this build takes 0.1–0.5 s).
        let timed = [0.05, 0.15].map { Kill(delay: $0) }
        var current = Self.addresses[1]
        for (index, kill) in (Self.points + timed).enumerated() {
            let other = Self.addresses[index % 2]
            var environment: [String: String] = [:]
            if let point = kill.point { environment["CIVICSITE_FAILPOINT"] = point }
            if kill.twoRenames { environment["CIVICSITE_NO_EXCHANGE"] = "1" }
            let child = try ChildBuild(arguments(other), in: project, environment: environment)
            if let delay = kill.delay { child.kill(after: delay) }
            let killed = child.wait()
            if kill.point != nil { XCTAssertTrue(killed.killed, "\(kill): the build was not stopped there: \(killed.stderr)") }

            let site = OutputTestTree.snapshot(project.appendingPathComponent("site"))
            if kill.point == "between-renames" {
                // The one moment without a site, and only with two renames: the previous one waits beside it.
                XCTAssertFalse(FileManager.default.fileExists(atPath: project.path + "/site"), "\(kill)")
                let aside = OutputTestTree.strays(in: project, expected: ["content", "themes"]).filter { $0.hasPrefix(".site.old-") }
                XCTAssertEqual(aside.count, 1, "\(kill)")
                XCTAssertEqual(aside.first.map { OutputTestTree.snapshot(project.appendingPathComponent($0)) }, sites[current], "\(kill)")
            } else if killed.killed {
                XCTAssertTrue(site == sites[current] || site == sites[other],
                              "\(kill): the site is neither the previous nor the new one: \(OutputTestTree.difference(site, sites[current]!) ?? "")")
            } else {
                XCTAssertEqual(killed.status, 0, "\(kill): \(killed.stderr)")
                XCTAssertEqual(site, sites[other], "\(kill)")
            }

            let next = Self.addresses[(index + 1) % 2]
            let rebuilt = try ChildBuild(arguments(next), in: project).wait()
            XCTAssertEqual(rebuilt.status, 0, "\(kill): the next build failed: \(rebuilt.stderr)")
            XCTAssertEqual(OutputTestTree.snapshot(project.appendingPathComponent("site")), sites[next], "\(kill): the next build's site")
            XCTAssertEqual(OutputTestTree.strays(in: project, expected: ["content", "themes", "site"]), [], "\(kill): left behind")
            if kill.point == "between-renames" { XCTAssertTrue(rebuilt.stderr.contains("[CS5016]"), rebuilt.stderr) }
            current = next
        }
    }
}
