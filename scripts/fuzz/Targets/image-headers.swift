@testable import CivicSite
import Foundation

/// The image header readers of our own (PNG, JPEG, GIF, WebP) and the SVG
/// safety scan, on any bytes under any expected format. None may crash or
/// hang; a size read must be one a page can use (both sides positive and
/// below a million pixels each way); a success must be of the format asked
/// for; and the format the first bytes name must read as that format or
/// fail, never as another.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImageHeaders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    // Made only for a report: formatting 64 bytes on every run took most of its time.
    var input: String { bytes.prefix(64).map { String(format: "%02x", $0) }.joined() }
    for format in ImageFormat.allCases {
        switch ImageHeaders.read(bytes, expected: format) {
        case .success(let info):
            if info.format != format { Fuzz.fail("asked \(format), read \(info.format)", input) }
            if info.width <= 0 || info.height <= 0 || info.width > 1_000_000 || info.height > 1_000_000 {
                Fuzz.fail("size \(info.width)×\(info.height) for \(format)", input)
            }
        case .failure(.otherFormat(let other)):
            if other == format { Fuzz.fail("\(format) said to be another format, itself", input) }
        case .failure:
            break
        }
    }
    if let sniffed = ImageHeaders.sniff(bytes), case .failure(.otherFormat) = ImageHeaders.read(bytes, expected: sniffed) {
        Fuzz.fail("the format the bytes start with (\(sniffed)) read as another", input)
    }
    _ = SVGScan.scan(bytes)
    return 0
}
