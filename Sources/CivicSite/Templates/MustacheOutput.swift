/// What a rendering writes, kept as UTF-8 bytes: a page is thousands of
/// short appends, and appending to a `String` checks its storage each
/// time, which was a tenth of a page's rendering.
struct MustacheOutput {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written, checked as UTF-8 once.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: String) {
        bytes.append(utf8: text)
    }

    /// `text` with `& < > " '` escaped (`MustacheHTML`).
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var runStart = 0
            for (index, byte) in source.enumerated() {
                guard let entity = MustacheHTML.entity(for: byte) else { continue }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
                bytes.append(contentsOf: entity)
                runStart = index + 1
            }
            if runStart < source.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...])) }
        }
    }
}
