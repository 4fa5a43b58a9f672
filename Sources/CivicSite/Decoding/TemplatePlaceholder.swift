import Foundation

/// Text in tortoise-shell brackets, `〔団体の名前〕`: what a record template
/// (`civicsite new`) writes where only the staff member knows the value.
///
/// The brackets are the mark because they are easy to see, are typed with
/// a Japanese input method like any bracket, and are almost never used in
/// the centre's texts, where 「」, （）and【】 are. A template's note on a
/// value it had to choose (`type: voluntary  # 〔組織形態を選ぶ〕`) uses them
/// too, in a comment.
public enum TemplatePlaceholder {
    public static let opening: Character = "〔"
    public static let closing: Character = "〕"

    /// The first placeholder in `text`, brackets included, and the column
    /// offset (in Unicode scalars, as locations count) of its `〔`; nil
    /// when there is none. Something other than spaces must stand between
    /// the brackets: `〔 〕` names the brackets themselves, as the
    /// templates' own explanations do.
    public static func first(in text: String) -> (text: String, offset: Int)? {
        guard mayHold(text) else { return nil }
        var start: Int?
        var startIndex = text.unicodeScalars.startIndex
        var filled = false
        var offset = 0
        for index in text.unicodeScalars.indices {
            let scalar = text.unicodeScalars[index]
            if scalar == "〔" {
                start = offset
                startIndex = index
                filled = false
            } else if scalar == "〕", let open = start {
                if filled {
                    let end = text.unicodeScalars.index(after: index)
                    return (String(text.unicodeScalars[startIndex..<end]), open)
                }
                start = nil
            } else if !scalar.properties.isWhitespace {
                filled = true
            }
            offset += 1
        }
        return nil
    }

    /// False when `text` has no `〔` at all (its UTF-8 bytes E3 80 94):
    /// nearly every value and body, told by their bytes without looking at
    /// each character. The search is for the last byte, rare in Japanese
    /// text where E3 starts most characters.
    static func mayHold<Text: StringProtocol>(_ text: Text) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable(holdsOpening) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(holdsOpening)
    }

    private static func holdsOpening(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, bytes.count >= 3 else { return false }
        var from = 2
        while from < bytes.count, let hit = memchr(base + from, 0x94, bytes.count - from) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if bytes[at - 1] == 0x80 && bytes[at - 2] == 0xE3 { return true }
            from = at + 1
        }
        return false
    }

    /// Whether `text` holds a placeholder.
    public static func contains(_ text: String) -> Bool {
        first(in: text) != nil
    }
}
