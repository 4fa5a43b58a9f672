/// What an image file says about itself: its format and its size in pixels,
/// read from the first bytes by the readers of this folder (no packages, no
/// decoding of the pixels).
public struct ImageInfo: Sendable, Hashable {
    public var format: ImageFormat
    public var width: Int
    public var height: Int

    public init(format: ImageFormat, width: Int, height: Int) {
        self.format = format
        self.width = width
        self.height = height
    }
}

/// The image formats a web page can show and the site publishes.
public enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case png, jpeg, gif, webp, svg
}

/// Why an image could not be read. Each reader is a pure function
/// `(Data) -> Result<ImageInfo, ImageProblem>`, so a fuzz target is one line.
public enum ImageProblem: Error, Sendable, Hashable {
    /// The file stops before the image does: a copy or a download broke off.
    case truncated
    /// The first bytes are not those of the format (nor of any other image).
    case notAnImage
    /// The header is of the format but impossible: a zero width, a checksum
    /// that does not match, a missing size.
    case damaged
    /// The bytes are a valid image of another format than the name says
    /// (a PNG saved as `photo.jpg`).
    case otherFormat(ImageFormat)
}

/// Reading helpers shared by the readers: big- and little-endian integers
/// at an offset, nil past the end, so no reader can read out of bounds.
struct ImageBytes {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var count: Int { bytes.count }

    subscript(_ offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    func bigEndian16(_ offset: Int) -> Int? {
        guard let a = self[offset], let b = self[offset + 1] else { return nil }
        return Int(a) << 8 | Int(b)
    }

    func bigEndian32(_ offset: Int) -> Int? {
        guard let high = bigEndian16(offset), let low = bigEndian16(offset + 2) else { return nil }
        return high << 16 | low
    }

    func littleEndian16(_ offset: Int) -> Int? {
        guard let a = self[offset], let b = self[offset + 1] else { return nil }
        return Int(b) << 8 | Int(a)
    }

    func littleEndian24(_ offset: Int) -> Int? {
        guard let low = littleEndian16(offset), let high = self[offset + 2] else { return nil }
        return Int(high) << 16 | low
    }

    func littleEndian32(_ offset: Int) -> Int? {
        guard let low = littleEndian16(offset), let high = littleEndian16(offset + 2) else { return nil }
        return high << 16 | low
    }

    /// Whether the bytes at `offset` are `prefix` (ASCII).
    func has(_ prefix: String, at offset: Int = 0) -> Bool {
        let expected = Array(prefix.utf8)
        guard offset >= 0, offset + expected.count <= bytes.count else { return false }
        return bytes[offset..<(offset + expected.count)].elementsEqual(expected)
    }
}

extension ImageFormat {
    /// The format's usual name.
    public var label: String {
        switch self {
        case .png: return "PNG"
        case .jpeg: return "JPEG"
        case .gif: return "GIF"
        case .webp: return "WebP"
        case .svg: return "SVG"
        }
    }
}
