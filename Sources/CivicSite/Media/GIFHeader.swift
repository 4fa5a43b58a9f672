import Foundation

/// Reads a GIF's size from its logical screen descriptor; a whole GIF ends
/// with the trailer byte `;`.
public enum GIFHeader {
    public static func read(_ data: Data) -> Result<ImageInfo, ImageProblem> {
        read(ImageBytes(Array(data)))
    }

    static func read(_ b: ImageBytes) -> Result<ImageInfo, ImageProblem> {
        guard b.has("GIF87a") || b.has("GIF89a") else {
            return .failure(b.count < 6 && b.count > 0 && "GIF89a".utf8.starts(with: b.bytes) ? .truncated : .notAnImage)
        }
        guard let width = b.littleEndian16(6), let height = b.littleEndian16(8), b.count > 13 else { return .failure(.truncated) }
        guard width > 0, height > 0 else { return .failure(.damaged) }
        guard b.bytes.last == 0x3B else { return .failure(.truncated) }
        return .success(ImageInfo(format: .gif, width: width, height: height))
    }
}
