/// The text of rendered HTML for the index: tags dropped (each leaves a
/// space, so words of two blocks do not run together), the entities our
/// renderer writes decoded, runs of ASCII white space collapsed. Works on
/// UTF-8 bytes, since it runs over every record's body on each build.
enum SearchPlainText {
    static func fromHTML(_ html: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count)
        var inTag = false
        var pendingSpace = false
        let bytes = Array(html.utf8)
        var i = 0
        func emit(_ byte: UInt8) {
            if pendingSpace, !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
        }
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if inTag {
                if b == 0x3E { inTag = false; pendingSpace = true }
                continue
            }
            switch b {
            case 0x3C: inTag = true
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: pendingSpace = true
            case 0x26:
                if let (decoded, length) = entity(bytes, at: i) {
                    emit(decoded)
                    i += length
                } else {
                    emit(b)
                }
            default: emit(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let entities: [([UInt8], UInt8)] = [
        (Array("lt;".utf8), 0x3C), (Array("gt;".utf8), 0x3E), (Array("quot;".utf8), 0x22),
        (Array("#39;".utf8), 0x27), (Array("amp;".utf8), 0x26),
    ]

    private static func entity(_ bytes: [UInt8], at i: Int) -> (UInt8, Int)? {
        for (name, value) in entities where i + name.count <= bytes.count {
            if bytes[i..<i + name.count].elementsEqual(name) { return (value, name.count) }
        }
        return nil
    }
}
