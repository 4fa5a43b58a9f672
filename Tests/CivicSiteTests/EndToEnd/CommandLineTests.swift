import Foundation
import XCTest

/// The `civicsite` executable: exit codes, messages on standard error, help.
final class CommandLineTests: XCTestCase {
    func run(_ arguments: [String], in directory: URL = TestPaths.projectRoot) throws -> CivicSiteCommand.Run {
        try CivicSiteCommand.run(arguments, in: directory)
    }

    override func setUpWithError() throws {
        try CivicSiteCommand.requireExecutable()
    }

    func testHelpExplainsEveryBuildFlag() throws {
        let result = try run(["help", "build"])
        XCTAssertEqual(result.status, 0)
        for flag in ["--content", "--theme", "--output", "--drafts", "--base-url", "--now", "--quiet", "--strict"] {
            XCTAssertTrue(result.stdout.contains(flag), "help build does not explain \(flag)")
        }
        XCTAssertEqual(try run(["--help"]).status, 0)
    }

    func testUsageErrorsExitWithTwo() throws {
        let unknown = try run(["biuld", "--lang", "en"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.stderr, "error: unknown command 'biuld' [CS0001]\n    hint: did you mean 'build'?\n")
        let flag = try run(["build", "--ouptut", "x", "--lang", "en"])
        XCTAssertEqual(flag.status, 2)
        XCTAssertTrue(flag.stderr.contains("did you mean '--output'?"), flag.stderr)
        XCTAssertEqual(try run(["check", "--now", "tomorrow"]).status, 2)
        XCTAssertEqual(try run(["check", "--content", "no-such-folder"]).status, 2)
        let escape = try run(["check", "--base-url", "https://example.jp/\u{1B}[2J", "--lang", "en"])
        XCTAssertEqual(escape.status, 2)
        XCTAssertTrue(escape.stderr.hasPrefix("error: --base-url must be an absolute http(s) URL, got 'https://example.jp/\\u{1B}[2J' [CS0006]\n"),
                      "a control character in a message is shown, not sent to the terminal: \(escape.stderr)")
        let bare = try run([])
        XCTAssertEqual(bare.status, 2, "no command is a usage error")
        XCTAssertTrue(bare.stderr.contains("[CS0002]"), bare.stderr)
    }

    func testCheckReportsContentErrorsWithExitOne() throws {
        let fixture = TestPaths.fixtures.appendingPathComponent("invalid/several-errors-in-one-run")
        try XCTSkipUnless(FileManager.default.fileExists(atPath: fixture.path), "fixture missing")
        let result = try run(["check", "--now", "2026-12-01", "--lang", "en"], in: fixture)
        XCTAssertEqual(result.status, 1)
        // The fixture has no themes folder of its own: the CLI adds the unknown theme at the end.
        let expected = try String(contentsOf: fixture.appendingPathComponent("expected.en.txt"), encoding: .utf8)
        XCTAssertTrue(result.stderr.hasPrefix(expected), "got:\n\(result.stderr)")
        XCTAssertTrue(result.stderr.contains("check failed:"))
    }

    func testCheckOfTheSampleSucceedsAndWritesNothing() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try run(["check", "--now", "2026-12-01", "--output", work.path, "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("checked: no errors;"), result.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.path))
    }

    func testMarkdownCommandRendersStandardInput() throws {
        let process = Process()
        process.executableURL = CivicSiteCommand.executable
        process.arguments = ["markdown"]
        let input = Pipe(), out = Pipe()
        process.standardInput = input
        process.standardOutput = out
        try process.run()
        input.fileHandleForWriting.write(Data("# 見出し\n\n[x](javascript:alert(1)) *強調*\n".utf8))
        try input.fileHandleForWriting.close()
        let html = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertTrue(html.contains("<h1"), html)
        XCTAssertTrue(html.contains("<em>強調</em>"), html)
        XCTAssertFalse(html.contains("javascript:"), html)
    }
}
