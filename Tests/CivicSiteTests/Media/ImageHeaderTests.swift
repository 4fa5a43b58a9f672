import Foundation
import XCTest
@testable import CivicSite

final class ImageHeaderTests: XCTestCase {
    func testEachReaderGivesTheSizeItsHeaderSays() {
        XCTAssertEqual(try PNGHeader.read(TestImages.png(width: 640, height: 480)).get(), ImageInfo(format: .png, width: 640, height: 480))
        XCTAssertEqual(try JPEGHeader.read(TestImages.jpeg(width: 4032, height: 3024)).get(), ImageInfo(format: .jpeg, width: 4032, height: 3024))
        XCTAssertEqual(try GIFHeader.read(TestImages.gif(width: 800, height: 500)).get(), ImageInfo(format: .gif, width: 800, height: 500))
        XCTAssertEqual(try WebPHeader.read(TestImages.webp(width: 1200, height: 800)).get(), ImageInfo(format: .webp, width: 1200, height: 800))
    }

    func testTheSampleImagesAreReadAsPillowWroteThem() throws {
        // Real encoders' output, not just ours: JPEG with its segments, a
        // lossy WebP, a palette PNG and GIF.
        let content = TestPaths.projectRoot.appendingPathComponent("content")
        let cases: [(String, ImageFormat, Int, Int)] = [
            ("cases/2022-kodomo-shokudo-network/shokudo.jpg", .jpeg, 1200, 800),
            ("cases/2022-kodomo-shokudo-network/menu.png", .png, 640, 400),
            ("groups/harmony-gasshodan/ensokai.webp", .webp, 1200, 800),
            ("events/2026-03-harmony-haru-concert/poster.gif", .gif, 800, 500),
        ]
        for (path, format, width, height) in cases {
            let data = try Data(contentsOf: content.appendingPathComponent(path))
            XCTAssertEqual(try ImageHeaders.read(data, expected: format).get(), ImageInfo(format: format, width: width, height: height), path)
        }
    }

    func testAFileCutShortIsTruncatedWhereverItStops() {
        let files: [(Data, (Data) -> Result<ImageInfo, ImageProblem>)] = [
            (TestImages.png(width: 10, height: 10), PNGHeader.read), (TestImages.jpeg(width: 10, height: 10), JPEGHeader.read),
            (TestImages.gif(width: 10, height: 10), GIFHeader.read), (TestImages.webp(width: 10, height: 10), WebPHeader.read),
        ]
        for (whole, read) in files {
            XCTAssertNoThrow(try read(whole).get())
            // From the signature on: shorter files are not of the format at all.
            for count in 8..<whole.count {
                let result = read(TestImages.cut(whole, to: count))
                guard case .failure(let problem) = result else { return XCTFail("\(count) of \(whole.count) bytes read as whole") }
                XCTAssertTrue(problem == .truncated || problem == .damaged, "\(count) bytes: \(problem)")
            }
            XCTAssertEqual(read(TestImages.cut(whole, to: whole.count - 1)), .failure(.truncated))
        }
    }

    func testImpossibleHeadersAreDamaged() {
        var png = [UInt8](TestImages.png(width: 10, height: 10))
        png[17] ^= 0xFF  // the width, so the IHDR checksum no longer matches
        XCTAssertEqual(PNGHeader.read(Data(png)), .failure(.damaged))
        XCTAssertEqual(PNGHeader.read(TestImages.png(width: 0, height: 10)), .failure(.damaged))
        XCTAssertEqual(JPEGHeader.read(TestImages.jpeg(width: 10, height: 0)), .failure(.damaged))
        XCTAssertEqual(GIFHeader.read(TestImages.gif(width: 0, height: 0)), .failure(.damaged))
    }

    func testOtherBytesAreNoImageAndAnotherFormatIsNamed() {
        XCTAssertEqual(PNGHeader.read(Data("%PDF-1.4".utf8)), .failure(.notAnImage))
        XCTAssertEqual(JPEGHeader.read(Data()), .failure(.notAnImage))
        XCTAssertEqual(ImageHeaders.read(TestImages.png(width: 5, height: 5), expected: .jpeg), .failure(.otherFormat(.png)))
        XCTAssertEqual(ImageHeaders.read(TestImages.gif(width: 5, height: 5), expected: .webp), .failure(.otherFormat(.gif)))
        XCTAssertEqual(ImageHeaders.sniff(TestImages.webp(width: 5, height: 5)), .webp)
    }

    func testNoInputMakesAReaderFailOtherwiseThanWithAProblem() {
        // What a fuzz target does, in small: every prefix and every one-byte
        // change of each format, through all four readers.
        var generator = SystemRandomNumberGenerator()
        let seeds = [TestImages.png(width: 3, height: 2), TestImages.jpeg(width: 3, height: 2), TestImages.gif(width: 3, height: 2),
                     TestImages.webp(width: 3, height: 2)]
        for seed in seeds {
            for _ in 0..<200 {
                var bytes = [UInt8](seed)
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                for format in [ImageFormat.png, .jpeg, .gif, .webp] {
                    if case .success(let info) = ImageHeaders.read(Data(bytes), expected: format) {
                        XCTAssertTrue(info.width > 0 && info.height > 0)
                    }
                }
            }
        }
    }
}
