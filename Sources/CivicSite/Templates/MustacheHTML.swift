/// HTML escaping for `{{name}}`: `& < > " '`, so values are safe in text and
/// in both kinds of quoted attributes.
enum MustacheHTML {
    /// Over the UTF-8 bytes, copying the runs between the five characters
    /// whole: most values have nothing to escape, and a Unicode-scalar walk
    /// was a fifth of the renderer's own time.
    static func appendEscaped(_ text: String, to output: inout String) {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index < utf8.endIndex {
            let entity: String
            switch utf8[index] {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            default:
                utf8.formIndex(after: &index)
                continue
            }
            // Sliced as bytes: a character's combining mark may follow the
            // escaped one, and a slice of the text itself would round down
            // to whole characters.
            if runStart < index { output += Substring(utf8[runStart..<index]) }
            output += entity
            utf8.formIndex(after: &index)
            runStart = index
        }
        if runStart == utf8.startIndex {
            output += text
        } else if runStart < utf8.endIndex {
            output += Substring(utf8[runStart...])
        }
    }

    /// The entity for one of the five bytes escaped, nil for any other.
    static func entity(for byte: UInt8) -> [UInt8]? {
        switch byte {
        case 0x26: return amp
        case 0x3C: return lt
        case 0x3E: return gt
        case 0x22: return quot
        case 0x27: return apos
        default: return nil
        }
    }

    private static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8), apos = Array("&#39;".utf8)
}
