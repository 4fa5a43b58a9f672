import Foundation
import XCTest

/// `civicsite serve` running in a copy of the sample project, for the
/// end-to-end tests: its output is collected as it comes.
final class PreviewProcess: @unchecked Sendable {
    let project: URL
    let process = Process()
    private let lock = NSLock()
    private var output = ""
    private(set) var port = 0
    /// The child's own temporary folder, so that its private build folder
    /// can be checked without seeing other processes' folders.
    let temporary: URL

    init(arguments: [String] = []) throws {
        project = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-serve-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(at: project, withIntermediateDirectories: true)
        try fm.copyItem(at: TestPaths.projectRoot.appendingPathComponent("content"), to: project.appendingPathComponent("content"))
        try fm.copyItem(at: TestPaths.projectRoot.appendingPathComponent("themes"), to: project.appendingPathComponent("themes"))
        process.executableURL = CivicSiteCommand.executable
        process.arguments = ["serve", "--port", "0", "--now", "2026-12-01", "--lang", "ja"] + arguments
        process.currentDirectoryURL = project
        temporary = project.appendingPathComponent("tmp")
        try fm.createDirectory(at: temporary, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary.path
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock(); self.output += String(decoding: data, as: UTF8.self); self.lock.unlock()
        }
        try process.run()
    }

    var text: String {
        lock.lock(); defer { lock.unlock() }
        return output
    }

    /// Waits for the address line and remembers the port.
    func waitUntilServing(timeout: TimeInterval = 60) throws {
        try waitFor(timeout: timeout) { $0.contains("プレビュー: http://127.0.0.1:") }
        let line = text.components(separatedBy: "\n").first { $0.contains("プレビュー: http://127.0.0.1:") } ?? ""
        let afterColon = line.components(separatedBy: "127.0.0.1:").last ?? ""
        port = Int(afterColon.prefix { $0.isNumber }) ?? 0
        XCTAssertGreaterThan(port, 0, text)
    }

    func waitFor(timeout: TimeInterval = 30, _ condition: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(text) { return }
            if !process.isRunning { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("timed out; output so far:\n\(text)")
        throw XCTSkip("preview did not answer")
    }

    /// Polls a page until `condition` holds (the rebuild after a save).
    func page(_ path: String, timeout: TimeInterval = 30, until condition: (TestHTTPClient.Response) -> Bool) throws -> TestHTTPClient.Response {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try TestHTTPClient.get(port, path)
        while !condition(last), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            last = try TestHTTPClient.get(port, path)
        }
        return last
    }

    func write(_ relative: String, _ text: String) throws {
        let url = project.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // As editors save: to a temporary file, then renamed over the old one.
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).swp")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else { throw NSError(domain: "rename", code: Int(errno)) }
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: project.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Ctrl-C, and the exit status.
    func interrupt() -> Int32 {
        process.interrupt()
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: project)
    }
}
