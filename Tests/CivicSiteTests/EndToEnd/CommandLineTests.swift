import Foundation
import XCTest

/// The `civicsite` executable: exit codes, messages on standard error, help.
final class CommandLineTests: XCTestCase {
    struct Run { var status: Int32; var stdout: String; var stderr: String }

    /// The executable built beside the test bundle (on Linux the bundle URL is
    /// the products folder itself; on macOS the `.xctest` bundle inside it).
    static var executable: URL {
        let bundle = Bundle(for: CommandLineTests.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("civicsite") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    func run(_ arguments: [String], in directory: URL = TestPaths.projectRoot) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }

    override func setUpWithError() throws {
        // `swift test` builds every product, so a missing executable is a real failure.
        guard FileManager.default.isExecutableFile(atPath: Self.executable.path) else {
            XCTFail("the civicsite executable was not found at \(Self.executable.path)")
            throw XCTSkip("no executable")
        }
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
        let unknown = try run(["biuld"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.stderr, "error: unknown command 'biuld'\n    hint: did you mean 'build'?\n")
        let flag = try run(["build", "--ouptut", "x"])
        XCTAssertEqual(flag.status, 2)
        XCTAssertTrue(flag.stderr.contains("did you mean '--output'?"), flag.stderr)
        XCTAssertEqual(try run(["check", "--now", "tomorrow"]).status, 2)
        XCTAssertEqual(try run(["check", "--content", "no-such-folder"]).status, 2)
    }

    func testCheckReportsContentErrorsWithExitOne() throws {
        let fixture = TestPaths.fixtures.appendingPathComponent("invalid/several-errors-in-one-run")
        try XCTSkipUnless(FileManager.default.fileExists(atPath: fixture.path), "fixture missing")
        let result = try run(["check", "--now", "2026-12-01"], in: fixture)
        XCTAssertEqual(result.status, 1)
        let expected = try String(contentsOf: fixture.appendingPathComponent("expected.txt"), encoding: .utf8)
        XCTAssertTrue(result.stderr.hasPrefix(expected), "got:\n\(result.stderr)")
        XCTAssertTrue(result.stderr.contains("check failed:"))
    }

    func testCheckOfTheSampleSucceedsAndWritesNothing() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let result = try run(["check", "--now", "2026-12-01", "--output", work.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("checked: no errors;"), result.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work.path))
    }

    func testMarkdownCommandRendersStandardInput() throws {
        let process = Process()
        process.executableURL = Self.executable
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
