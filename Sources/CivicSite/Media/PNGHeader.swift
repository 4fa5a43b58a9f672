import Foundation

/// Reads a PNG's size from its IHDR chunk and walks the chunks to its IEND,
/// so that a file cut short is told apart from a whole one.
public enum PNGHeader {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    public static func read(_ data: Data) -> Result<ImageInfo, ImageProblem> {
        read(ImageBytes(Array(data)))
    }

    static func read(_ b: ImageBytes) -> Result<ImageInfo, ImageProblem> {
        guard b.count >= 8 else { return .failure(b.count > 0 && signature.starts(with: b.bytes) ? .truncated : .notAnImage) }
        guard b.bytes.starts(with: signature) else { return .failure(.notAnImage) }
        // IHDR must come first: length 13, type, width, height, then 5 bytes and its CRC.
        guard let length = b.bigEndian32(8), b.has("IHDR", at: 12) else {
            return .failure(b.count < 16 ? .truncated : .damaged)
        }
        guard length == 13 else { return .failure(.damaged) }
        guard let width = b.bigEndian32(16), let height = b.bigEndian32(20), let crc = b.bigEndian32(29) else {
            return .failure(.truncated)
        }
        guard width > 0, height > 0, width <= Int(Int32.max), height <= Int(Int32.max),
              CRC32.checksum(b.bytes[12..<29]) == UInt32(crc) else { return .failure(.damaged) }
        // Walk the chunks by their lengths; only IEND ends a whole file.
        var offset = 33
        while true {
            guard let chunkLength = b.bigEndian32(offset), b[offset + 7] != nil else { return .failure(.truncated) }
            guard chunkLength <= Int(Int32.max) else { return .failure(.damaged) }
            let end = offset + 12 + chunkLength
            guard end <= b.count else { return .failure(.truncated) }
            if b.has("IEND", at: offset + 4) { break }
            offset = end
        }
        return .success(ImageInfo(format: .png, width: width, height: height))
    }
}

/// The CRC-32 of PNG chunks (ISO 3309, the one zlib uses).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
