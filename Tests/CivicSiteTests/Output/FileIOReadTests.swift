import Foundation
import XCTest
@testable import CivicSite

/// Reading a file whole: every byte, whatever its size, and a file over
/// the limit refused before it is read.
final class FileIOReadTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("fileio-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func testEveryByteIsReadForFilesOfEverySize() throws {
        for size in [0, 1, 4095, 65536, 65537, 300_001] {
            let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
            let path = folder.appendingPathComponent("f\(size)").path
            try bytes.write(to: URL(fileURLWithPath: path))
            XCTAssertEqual(try FileIO.read(path), bytes, "\(size) bytes")
            XCTAssertEqual(try FileIO.read(path, limit: size), bytes, "\(size) bytes at a limit of as many")
        }
    }

    func testAFileOverTheLimitIsRefusedWithItsSize() throws {
        let path = folder.appendingPathComponent("big").path
        try Data(repeating: 0x61, count: 1001).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try FileIO.read(path, limit: 1000)) { error in
            XCTAssertEqual(error as? FileIO.TooLarge, FileIO.TooLarge(path: path, size: 1001, limit: 1000))
        }
    }

    func testAStreamWithoutASizeIsReadInSteps() throws {
        // A FIFO reports size 0: the read goes on past the first buffer.
        let path = folder.appendingPathComponent("fifo").path
        XCTAssertEqual(mkfifo(path, 0o600), 0, "a FIFO made")
        let bytes = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0) })
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: path)
            handle?.write(bytes)
            handle?.closeFile()
        }
        writer.start()
        XCTAssertEqual(try FileIO.read(path), bytes)
    }
}
