import Foundation
import XCTest

/// Runs the `civicsite` executable built beside the test bundle.
enum CivicSiteCommand {
    struct Run { var status: Int32; var stdout: String; var stderr: String }

    /// On Linux the bundle URL is the products folder itself; on macOS the
    /// `.xctest` bundle inside it.
    static var executable: URL {
        // To run a test against another build of the tool (an older one, to
        // see a reproducer fail): CIVICSITE_TEST_EXECUTABLE=path swift test.
        if let other = ProcessInfo.processInfo.environment["CIVICSITE_TEST_EXECUTABLE"], !other.isEmpty {
            return URL(fileURLWithPath: other)
        }
        let bundle = Bundle(for: CommandLineTests.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("civicsite") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// `swift test` builds every product, so a missing executable is a real failure.
    static func requireExecutable() throws {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            XCTFail("the civicsite executable was not found at \(executable.path)")
            throw XCTSkip("no executable")
        }
    }

    static func run(_ arguments: [String], in directory: URL = TestPaths.projectRoot,
                    environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
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
}
