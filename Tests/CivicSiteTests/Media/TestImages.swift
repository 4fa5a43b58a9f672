import Foundation
@testable import CivicSite

/// Image files made byte by byte for tests: only what the header readers
/// look at is real (the pixel data is filler), so each case says exactly
/// what it is about.
enum TestImages {
    static func bigEndian32(_ n: Int) -> [UInt8] { [UInt8(n >> 24 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)] }
    static func littleEndian16(_ n: Int) -> [UInt8] { [UInt8(n & 0xFF), UInt8(n >> 8 & 0xFF)] }
    static func littleEndian32(_ n: Int) -> [UInt8] { littleEndian16(n & 0xFFFF) + littleEndian16(n >> 16) }

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian32(data.count) + body + bigEndian32(Int(CRC32.checksum(body[...])))
    }

    /// A PNG of this size; `filler` bytes of image data.
    static func png(width: Int, height: Int, filler: Int = 16) -> Data {
        let header = bigEndian32(width) + bigEndian32(height) + [8, 2, 0, 0, 0]
        return Data(PNGHeader.signature + chunk("IHDR", header) + chunk("IDAT", [UInt8](repeating: 0x55, count: filler))
                    + chunk("IEND", []))
    }

    /// A baseline JPEG of this size: SOI, APP0, SOF0, SOS, filler, EOI.
    static func jpeg(width: Int, height: Int, filler: Int = 16) -> Data {
        let app0: [UInt8] = [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        let sof: [UInt8] = [0xFF, 0xC0, 0x00, 0x11, 0x08, UInt8(height >> 8), UInt8(height & 0xFF), UInt8(width >> 8),
                            UInt8(width & 0xFF), 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        let sos: [UInt8] = [0xFF, 0xDA, 0x00, 0x0C, 0x03, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3F, 0]
        return Data([0xFF, 0xD8] + app0 + sof + sos + [UInt8](repeating: 0x12, count: filler) + [0xFF, 0xD9])
    }

    static func gif(width: Int, height: Int) -> Data {
        Data(Array("GIF89a".utf8) + littleEndian16(width) + littleEndian16(height) + [0, 0, 0] + [0x2C] + [UInt8](repeating: 0, count: 9)
             + [0x02, 0x01, 0x00, 0x00, 0x3B])
    }

    /// A lossless WebP (`VP8L`) of this size.
    static func webp(width: Int, height: Int) -> Data {
        let bits = (width - 1) | (height - 1) << 14
        let payload: [UInt8] = [0x2F] + littleEndian32(bits) + [0, 0, 0]
        let chunk = Array("VP8L".utf8) + littleEndian32(payload.count) + payload
        return Data(Array("RIFF".utf8) + littleEndian32(4 + chunk.count) + Array("WEBP".utf8) + chunk)
    }

    /// The first `count` bytes: a copy that broke off.
    static func cut(_ data: Data, to count: Int) -> Data { data.prefix(count) }
}
