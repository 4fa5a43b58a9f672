import Foundation

/// Reads a JPEG's size from its start-of-frame segment. The segments before
/// the image data are walked by their lengths; a whole file ends with the
/// end-of-image marker (some cameras add bytes after it, which is allowed).
public enum JPEGHeader {
    public static func read(_ data: Data) -> Result<ImageInfo, ImageProblem> {
        read(ImageBytes(Array(data)))
    }

    static func read(_ b: ImageBytes) -> Result<ImageInfo, ImageProblem> {
        guard b[0] == 0xFF, b[1] == 0xD8 else { return .failure(.notAnImage) }
        var offset = 2
        var size: (width: Int, height: Int)?
        while true {
            guard let first = b[offset] else { return .failure(.truncated) }
            guard first == 0xFF else { return .failure(.damaged) }
            // Any number of 0xFF may pad before a marker.
            var markerAt = offset + 1
            while b[markerAt] == 0xFF { markerAt += 1 }
            guard let marker = b[markerAt] else { return .failure(.truncated) }
            offset = markerAt + 1
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { continue }
            if marker == 0xD9 { return .failure(size == nil ? .damaged : .truncated) }
            guard let length = b.bigEndian16(offset) else { return .failure(.truncated) }
            guard length >= 2 else { return .failure(.damaged) }
            if isStartOfFrame(marker) {
                guard let height = b.bigEndian16(offset + 3), let width = b.bigEndian16(offset + 5) else {
                    return .failure(.truncated)
                }
                // A height of 0 would be given later (DNL), which browsers do not size from.
                guard width > 0, height > 0 else { return .failure(.damaged) }
                size = (width, height)
            }
            if marker == 0xDA { break }
            offset += length
        }
        guard let size else { return .failure(.damaged) }
        guard endsWithEndOfImage(b, after: offset) else { return .failure(.truncated) }
        return .success(ImageInfo(format: .jpeg, width: size.width, height: size.height))
    }

    /// SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    static func isStartOfFrame(_ marker: UInt8) -> Bool {
        (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
    }

    /// Whether an end-of-image marker follows the scan start, looking back
    /// from the end: a file cut off inside its image data has none.
    static func endsWithEndOfImage(_ b: ImageBytes, after start: Int) -> Bool {
        var i = b.count - 2
        while i >= start {
            if b.bytes[i] == 0xFF && b.bytes[i + 1] == 0xD9 { return true }
            i -= 1
        }
        return false
    }
}
