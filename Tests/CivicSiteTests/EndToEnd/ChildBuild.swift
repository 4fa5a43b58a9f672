#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A `civicsite` run as a child process that a test can kill or run beside
/// another one.
final class ChildBuild: @unchecked Sendable {
    struct Result {
        var status: Int32
        /// Ended by SIGKILL (from the test or from a fail point).
        var killed: Bool
        var stderr: String
    }

    private let process = Process()
    private let errors = Pipe()

    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        process.executableURL = CivicSiteCommand.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
    }

    /// Sends SIGKILL after `delay` seconds (if still running).
    func kill(after delay: Double) {
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + delay) { [process] in
            if process.isRunning { _ = Glibc.kill(pid, SIGKILL) }
        }
    }

    func wait() -> Result {
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let killed = process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
        return Result(status: process.terminationStatus, killed: killed, stderr: String(decoding: data, as: UTF8.self))
    }
}
