import Foundation

/// Reads a WebP's size from its first chunk: lossy (`VP8 `), lossless
/// (`VP8L`) or extended (`VP8X`). The RIFF header gives the file's length,
/// so a file cut short is seen at once.
public enum WebPHeader {
    public static func read(_ data: Data) -> Result<ImageInfo, ImageProblem> {
        read(ImageBytes(Array(data)))
    }

    static func read(_ b: ImageBytes) -> Result<ImageInfo, ImageProblem> {
        guard b.has("RIFF") else { return .failure(.notAnImage) }
        guard b.count >= 12 else { return .failure(.truncated) }
        guard b.has("WEBP", at: 8) else { return .failure(.notAnImage) }
        guard let riffSize = b.littleEndian32(4), riffSize >= 4 else { return .failure(.damaged) }
        guard riffSize + 8 <= b.count else { return .failure(.truncated) }
        let size: (Int, Int)?
        if b.has("VP8 ", at: 12) {
            // Frame tag (3 bytes), start code 9D 01 2A, then 14-bit width and height.
            guard b[23] == 0x9D, b[24] == 0x01, b[25] == 0x2A else { return .failure(b.count < 26 ? .truncated : .damaged) }
            size = b.littleEndian16(26).flatMap { w in b.littleEndian16(28).map { (w & 0x3FFF, $0 & 0x3FFF) } }
        } else if b.has("VP8L", at: 12) {
            guard b[20] == 0x2F else { return .failure(b.count < 21 ? .truncated : .damaged) }
            size = b.littleEndian32(21).map { bits in ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1) }
        } else if b.has("VP8X", at: 12) {
            size = b.littleEndian24(24).flatMap { w in b.littleEndian24(27).map { (w + 1, $0 + 1) } }
        } else {
            return .failure(b.count < 16 ? .truncated : .damaged)
        }
        guard let (width, height) = size else { return .failure(.truncated) }
        guard width > 0, height > 0 else { return .failure(.damaged) }
        return .success(ImageInfo(format: .webp, width: width, height: height))
    }
}
