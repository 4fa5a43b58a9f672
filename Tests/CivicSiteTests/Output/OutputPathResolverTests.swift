@testable import CivicSite
import Foundation
import XCTest

/// `realpath -m` semantics: links are followed component by component,
/// also in front of parts that do not exist yet.
final class OutputPathResolverTests: XCTestCase {
    private var root: URL!
    private var real: String!

    override func setUpWithError() throws {
        root = try OutputTestTree.temporaryFolder("resolver")
        real = try XCTUnwrap(FolderLinks.realPath(root.path))
        let fm = FileManager.default
        try fm.createDirectory(atPath: real + "/content/images", withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: real + "/c", withDestinationPath: "content")
        try fm.createSymbolicLink(atPath: real + "/abs", withDestinationPath: real + "/content/images")
        try fm.createSymbolicLink(atPath: real + "/chain", withDestinationPath: "c")
        try fm.createSymbolicLink(atPath: real + "/gone", withDestinationPath: "nowhere/at/all")
        try fm.createSymbolicLink(atPath: real + "/loop1", withDestinationPath: "loop2")
        try fm.createSymbolicLink(atPath: real + "/loop2", withDestinationPath: "loop1")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func resolve(_ path: String) throws -> OutputPathResolver.Resolution {
        try OutputPathResolver.resolve(real + "/" + path)
    }

    func testAPathThatDoesNotExistYetIsResolvedThroughTheLinkBeforeIt() throws {
        // Foundation's resolvingSymlinksInPath() leaves this one as it is.
        XCTAssertEqual(try resolve("c/site").path, real + "/content/site")
        XCTAssertEqual(try resolve("c/site").exists, false)
        XCTAssertEqual(try resolve("chain/new/deeper").path, real + "/content/new/deeper")
        XCTAssertEqual(try resolve("abs/x").path, real + "/content/images/x")
    }

    func testDotDotAfterALinkLeavesTheLinksTargetNotTheLink() throws {
        XCTAssertEqual(try resolve("abs/../site").path, real + "/content/site")
        XCTAssertEqual(try resolve("missing/../site").path, real + "/site")
    }

    func testTheLastComponentBeingALinkIsReported() throws {
        let linked = try resolve("c")
        XCTAssertEqual(linked.path, real + "/content")
        XCTAssertEqual(linked.finalLinkTarget, "content")
        XCTAssertTrue(linked.exists)
        XCTAssertNil(try resolve("c/images").finalLinkTarget)
        XCTAssertNil(try resolve("content").finalLinkTarget)
    }

    func testDanglingAndLoopingLinksAreProblems() {
        XCTAssertThrowsError(try resolve("gone")) { error in
            XCTAssertEqual(error as? OutputPathResolver.Problem, .dangling(link: real + "/gone", target: "nowhere/at/all"))
        }
        XCTAssertThrowsError(try resolve("gone/site")) { error in
            XCTAssertEqual(error as? OutputPathResolver.Problem, .dangling(link: real + "/gone", target: "nowhere/at/all"))
        }
        XCTAssertThrowsError(try resolve("loop1/site")) { error in
            guard case .loop? = error as? OutputPathResolver.Problem else { return XCTFail("\(error)") }
        }
    }

    func testRelativePathsStartAtTheCurrentFolder() throws {
        let cwd = FileManager.default.currentDirectoryPath
        let resolved = try OutputPathResolver.resolve("some-new-folder")
        XCTAssertEqual(resolved.path, (FolderLinks.realPath(cwd) ?? cwd) + "/some-new-folder")
    }
}
