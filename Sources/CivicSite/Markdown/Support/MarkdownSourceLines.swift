/// Line and column of byte offsets in the Markdown source, the way
/// `SourceLocation` counts them: 1-based, columns in Unicode scalars.
struct MarkdownSourceLines {
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The positions of `offsets`, in their order. One pass over the source
    /// in offset order, so many offsets on one long line stay linear.
    func positions(of offsets: [Int]) -> [(line: Int, column: Int)] {
        var result = [(line: Int, column: Int)](repeating: (1, 1), count: offsets.count)
        var i = 0, line = 1, column = 1
        for k in offsets.indices.sorted(by: { offsets[$0] < offsets[$1] }) {
            let target = min(max(offsets[k], 0), bytes.count)
            while i < target {
                let c = bytes[i]
                i += 1
                if c == MarkdownBytes.newline || c == MarkdownBytes.carriageReturn {
                    // A line ends at LF, CR or CRLF, as the block parser reads it.
                    if c == MarkdownBytes.carriageReturn && i < bytes.count && bytes[i] == MarkdownBytes.newline { i += 1 }
                    line += 1
                    column = 1
                } else if c & 0xC0 != 0x80 {
                    // A NUL became U+FFFD in the buffer: still one scalar, as it was.
                    column += 1
                }
            }
            result[k] = (line, column)
        }
        return result
    }
}
