import CivicSite
import Foundation
import XCTest

/// A build of invalid content reports every problem and leaves the previous
/// site exactly as it was; nothing is ever written under `content/`.
final class FailedBuildTests: XCTestCase {
    func testInvalidFixturesFailWithTheirDiagnosticsAndLeaveThePreviousSite() throws {
        let root = TestPaths.fixtures.appendingPathComponent("invalid")
        let cases = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertFalse(cases.isEmpty)
        for name in cases {
            let siteRoot = root.appendingPathComponent(name)
            let work = try FixtureBuild.temporaryDirectory(name)
            defer { try? FileManager.default.removeItem(at: work) }
            let output = work.appendingPathComponent("site")
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            let sentinel = Data("previous site \(name)\n".utf8)
            try sentinel.write(to: output.appendingPathComponent("index.html"))
            try sentinel.write(to: output.appendingPathComponent("sitemap.xml"))
            let contentBefore = try snapshot(siteRoot.appendingPathComponent("content"))

            let builder = SiteBuilder(options: FixtureBuild.options(siteRoot: siteRoot, output: output))
            do {
                _ = try builder.build()
                XCTFail("\(name): the build should have failed")
            } catch {
                XCTAssertTrue(error.hasErrors, "\(name): failed without an error")
                let expected = try String(contentsOf: siteRoot.appendingPathComponent("expected.en.txt"), encoding: .utf8)
                let report = error.sorted.map { DiagnosticFormat.text.render($0, in: .en) }.joined(separator: "\n") + "\n"
                XCTAssertEqual(report, expected, "\(name): the build reports otherwise than check")
            }
            XCTAssertEqual(FixtureBuild.files(under: output), ["index.html", "sitemap.xml"], "\(name): the previous site was changed")
            XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("index.html")), sentinel)
            XCTAssertEqual(try snapshot(siteRoot.appendingPathComponent("content")), contentBefore, "\(name): content/ was modified")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0 != "site" }
            XCTAssertEqual(leftovers, [], "\(name): a failed build left temporary folders behind")
        }
    }

    private func snapshot(_ dir: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in FixtureBuild.files(under: dir) {
            result[path] = try Data(contentsOf: dir.appendingPathComponent(path))
        }
        return result
    }
}

/// The last line of a failed build says truthfully where the previous site is.
final class FailedBuildSummaryTests: XCTestCase {
    func testTheLastLineSaysWhetherThereWasAPreviousSite() throws {
        try CivicSiteCommand.requireExecutable()
        let project = try OutputTestTree.project("summary", content: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"))
        defer { try? FileManager.default.removeItem(at: project) }
        let site = try Data(contentsOf: project.appendingPathComponent("content/site.yml"))
        try Data("title: [broken\n".utf8).write(to: project.appendingPathComponent("content/site.yml"))
        let build = ["build", "--lang", "en", "--now", "2026-12-01"]

        let first = try CivicSiteCommand.run(build, in: project)
        XCTAssertEqual(first.status, 1)
        XCTAssertTrue(first.stderr.hasSuffix("; nothing was written\n"), first.stderr)
        XCTAssertEqual(OutputTestTree.strays(in: project, expected: ["content", "themes"]), [])

        try site.write(to: project.appendingPathComponent("content/site.yml"))
        XCTAssertEqual(try CivicSiteCommand.run(build, in: project).status, 0)
        try Data("title: [broken\n".utf8).write(to: project.appendingPathComponent("content/site.yml"))
        let again = try CivicSiteCommand.run(build, in: project)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.hasSuffix("; the previous site was left as it was\n"), again.stderr)
    }
}
