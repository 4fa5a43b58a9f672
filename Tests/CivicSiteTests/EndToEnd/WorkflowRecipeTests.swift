import Foundation
import XCTest
@testable import CivicSite

/// The copy-ready publishing workflow: it parses, it runs on pushes and
/// daily after midnight in Japan, and its civicsite steps work as written.
final class WorkflowRecipeTests: XCTestCase {
    private let file = TestPaths.projectRoot.appendingPathComponent(".github/workflows/publish.yml")

    private func workflow() throws -> FrontMatterNode {
        let text = try String(contentsOf: file, encoding: .utf8)
        let parsed = FrontMatterParser.parse(text, file: ".github/workflows/publish.yml")
        XCTAssertEqual(parsed.diagnostics.map(\.description), [], "the workflow is plain YAML")
        return try XCTUnwrap(parsed.node)
    }

    func testItRunsOnEveryPushToMainAndDailyJustAfterMidnightInJapan() throws {
        let on = try XCTUnwrap(try workflow()["on"]?.value)
        XCTAssertEqual(on["push"]?.value["branches"]?.value.items?.compactMap(\.stringValue), ["main"])
        let cron = try XCTUnwrap(on["schedule"]?.value.items?.first?["cron"]?.value.stringValue)
        let fields = cron.split(separator: " ").map(String.init)
        XCTAssertEqual(fields.count, 5)
        let minute = try XCTUnwrap(Int(fields[0])), hourUTC = try XCTUnwrap(Int(fields[1]))
        XCTAssertEqual(fields[2...].joined(separator: " "), "* * *", "every day")
        let japan = (hourUTC * 60 + minute + 9 * 60) % (24 * 60)
        XCTAssertTrue((1...60).contains(japan), "shortly after midnight in Japan, got \(japan / 60):\(japan % 60)")
        let permissions = try XCTUnwrap(try workflow()["permissions"]?.value)
        XCTAssertEqual(permissions["pages"]?.value.stringValue, "write")
        XCTAssertEqual(permissions["id-token"]?.value.stringValue, "write")
    }

    func testItsCivicsiteStepsBuildTheSiteLocally() throws {
        try CivicSiteCommand.requireExecutable()
        let steps = try XCTUnwrap(try workflow()["jobs"]?.value["build"]?.value["steps"]?.value.items)
        let commands = steps.compactMap { $0["run"]?.value.stringValue }.filter { $0.contains("civicsite") }
        XCTAssertEqual(commands.count, 2, "check and build")
        XCTAssertTrue(commands[0].contains("check --strict --format github"))
        XCTAssertTrue(commands[1].contains("build --strict"))
        XCTAssertTrue(steps.contains { $0["uses"]?.value.stringValue?.hasPrefix("actions/upload-pages-artifact") == true
            && $0["with"]?.value["path"]?.value.stringValue == "site" }, "the folder built is the one uploaded")

        let project = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-workflow-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        for folder in ["content", "themes"] {
            try FileManager.default.copyItem(at: TestPaths.projectRoot.appendingPathComponent(folder), to: project.appendingPathComponent(folder))
        }
        // As on CI: a clone, whose last commit gives the calendars' stamps.
        try shell("git init -q && git add -A && git -c user.name=staff -c user.email=staff@example.jp commit -qm 更新", in: project)
        for command in commands {
            // The released binary on CI; the one this test run built here.
            let local = command.replacingOccurrences(of: "swift run -c release civicsite", with: "'\(CivicSiteCommand.executable.path)'")
                .replacingOccurrences(of: "${{ steps.pages.outputs.base_url }}", with: "https://centre.github.io/shimin")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", local]
            process.currentDirectoryURL = project
            process.environment = ProcessInfo.processInfo.environment.merging(["GITHUB_ACTIONS": "true"]) { _, new in new }
            try process.run()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, local)
        }
        let home = try String(contentsOf: project.appendingPathComponent("site/index.html"), encoding: .utf8)
        XCTAssertTrue(home.contains("https://centre.github.io/shimin/"), "the Pages address is the site's base URL")
        XCTAssertTrue(home.contains("href=\"/shimin/groups/\""), "links follow the Pages sub-path")
    }
}

private func shell(_ command: String, in directory: URL) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    process.currentDirectoryURL = directory
    try process.run()
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0, command)
}

private extension FrontMatterNode.Value {
    subscript(key: String) -> FrontMatterEntry? {
        if case .mapping(let entries) = self { return entries.first { $0.key == key } }
        return nil
    }

    var items: [FrontMatterNode]? {
        if case .sequence(let items) = self { return items }
        return nil
    }

    var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}

private extension FrontMatterNode {
    var stringValue: String? { value.stringValue }
}
