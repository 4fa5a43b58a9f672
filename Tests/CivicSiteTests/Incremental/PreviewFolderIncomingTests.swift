import Foundation
import XCTest
@testable import CivicSite

/// A preview file written in pieces (the open data): put in place only
/// when its bytes changed, and nothing left behind when it is dropped.
final class PreviewFolderIncomingTests: XCTestCase {
    var root: String!
    var folder: PreviewFolder!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("incoming-\(UUID().uuidString)").path
        folder = try PreviewFolder(root: root)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    private func names(in path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root + "/" + path).sorted()
    }

    func testPiecesGiveTheDigestOfTheWholeAndAChangedFileIsPutInPlace() throws {
        let pieces: [[UInt8]] = [Array("{\n  \"kind\": ".utf8), Array("\"groups\"".utf8), Array(",\n  \"団体\": []\n}\n".utf8)]
        let file = try folder.incoming("data/groups.json")
        for piece in pieces { try file.append(piece) }
        let (digest, replaced) = try file.finish(unless: nil)
        let whole = Data(pieces.joined())
        XCTAssertEqual(digest, FileDigest(whole), "the ledger's digest of the same bytes")
        XCTAssertTrue(replaced)
        XCTAssertEqual(FileManager.default.contents(atPath: root + "/data/groups.json"), whole)
        XCTAssertEqual(try names(in: "data"), ["groups.json"], "no temporary file left")
    }

    func testAnUnchangedFileIsLeftAsServed() throws {
        try folder.write(Data("old".utf8), to: "data/news.json")
        let before = try FileManager.default.attributesOfItem(atPath: root + "/data/news.json")[.systemFileNumber] as? Int
        let file = try folder.incoming("data/news.json")
        try file.append(Array("old".utf8))
        let (_, replaced) = try file.finish(unless: FileDigest(Data("old".utf8)))
        XCTAssertFalse(replaced)
        let after = try FileManager.default.attributesOfItem(atPath: root + "/data/news.json")[.systemFileNumber] as? Int
        XCTAssertEqual(before, after, "the same file, not a copy renamed over it")
        XCTAssertEqual(try names(in: "data"), ["news.json"])
    }

    func testAFileDroppedUnfinishedLeavesTheServedOneAndNoTrace() throws {
        try folder.write(Data("served".utf8), to: "data/events.json")
        do {
            let file = try folder.incoming("data/events.json")
            try file.append(Array("half of a new".utf8))
        }
        XCTAssertEqual(FileManager.default.contents(atPath: root + "/data/events.json"), Data("served".utf8))
        XCTAssertEqual(try names(in: "data"), ["events.json"])
    }
}
