import Foundation
import XCTest

/// Where the test suite finds the project and the shared conformance suites.
enum TestPaths {
    /// The project root (the folder holding Package.swift).
    static let projectRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Support
        .deletingLastPathComponent() // CivicSiteTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    static let fixtures = projectRoot.appendingPathComponent("Tests/Fixtures")

    /// `../shared/conformance/<name>` beside the project root.
    static func conformance(_ name: String) -> URL {
        projectRoot.deletingLastPathComponent().appendingPathComponent("shared/conformance/\(name)")
    }

    /// The conformance folder, or a skip that says why the test did not run.
    static func requireConformance(_ name: String) throws -> URL {
        let url = conformance(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("shared conformance suite '\(name)' not found at ../shared/conformance/\(name); skipping")
        }
        return url
    }
}
