import Foundation

/// Which image a file is by its first bytes, and its size read by the
/// reader of that format.
public enum ImageHeaders {
    /// The format the bytes start with, nil when they are no raster image read here.
    public static func sniff(_ data: Data) -> ImageFormat? {
        sniff(ImageBytes(Array(data.prefix(16))))
    }

    static func sniff(_ b: ImageBytes) -> ImageFormat? {
        if b.bytes.starts(with: PNGHeader.signature) { return .png }
        if b[0] == 0xFF, b[1] == 0xD8, b[2] == 0xFF { return .jpeg }
        if b.has("GIF87a") || b.has("GIF89a") { return .gif }
        if b.has("RIFF"), b.has("WEBP", at: 8) { return .webp }
        return nil
    }

    /// The size of an image that should be `expected` (from its name). A
    /// valid image of another format is `.otherFormat`; SVG is read by `SVGScan`.
    public static func read(_ data: Data, expected: ImageFormat) -> Result<ImageInfo, ImageProblem> {
        let bytes = ImageBytes(Array(data))
        if let found = sniff(ImageBytes(Array(bytes.bytes.prefix(16)))), found != expected {
            if case .success = read(bytes, format: found) { return .failure(.otherFormat(found)) }
        }
        return read(bytes, format: expected)
    }

    static func read(_ bytes: ImageBytes, format: ImageFormat) -> Result<ImageInfo, ImageProblem> {
        switch format {
        case .png: return PNGHeader.read(bytes)
        case .jpeg: return JPEGHeader.read(bytes)
        case .gif: return GIFHeader.read(bytes)
        case .webp: return WebPHeader.read(bytes)
        case .svg: return SVGScan.scan(bytes.bytes).size.map { .success($0) } ?? .failure(.damaged)
        }
    }
}
