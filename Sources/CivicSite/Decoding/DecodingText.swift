import Foundation

/// Text checks shared by the decoders and validators: blank values, the
/// full-width forms Japanese input methods type, and lists written as one text.
public enum DecodingText {
    /// True when `text` is empty or only whitespace, the ideographic space
    /// U+3000 included: a quoted `""` or `"　"` would print an empty heading.
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// `text` as a whole number, optionally negative, when it is nothing else
    /// once folded: `２８` → 28, `28人` → nil.
    public static func wholeNumber(_ text: String) -> Int? {
        let folded = WrittenText.folded(text)
        let digits = folded.hasPrefix("-") ? folded.dropFirst() : Substring(folded)
        guard !digits.isEmpty, digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(folded)
    }

    /// Separators people put between items when they mean a list but write
    /// one text: the Japanese comma, the full-width comma, a comma and a space.
    static let separators = ["、", "，", "､", ", "]

    /// The items of a list written as one text, e.g. `理科実験、夏休み` or
    /// `［スマホ講座、パソコン］`; nil when `text` reads as one item.
    /// `separator` is what split it, or the brackets when only they were found.
    public static func listWrittenAsText(_ text: String) -> (separator: String, items: [String])? {
        // Every tag and link is asked; almost none has a separator or a bracket.
        guard mayHoldSeparator(text) else { return nil }
        var inner = text.trimmingCharacters(in: .whitespaces)
        var bracketed = false
        if inner.hasPrefix("［"), inner.hasSuffix("］"), inner.count >= 2 {
            inner = String(inner.dropFirst().dropLast())
            bracketed = true
        }
        for separator in separators where inner.contains(separator) {
            let items = inner.components(separatedBy: separator)
                .map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "　"))) }
            if items.count >= 2, !items.contains(where: \.isEmpty) { return (separator, items) }
        }
        return bracketed && !inner.isEmpty ? ("［ ］", [inner]) : nil
    }

    /// False when no byte sequence of a separator or of `［` is in `text`.
    private static func mayHoldSeparator(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var i = 0
            while i < b.count {
                switch b[i] {
                case 0x2C: return true  // , and ", "
                case 0xE3 where i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x81: return true  // 、
                case 0xEF where i + 2 < b.count:
                    // ， ［ ､
                    if b[i + 1] == 0xBC && (b[i + 2] == 0x8C || b[i + 2] == 0xBB) || b[i + 1] == 0xBD && b[i + 2] == 0xA4 {
                        return true
                    }
                default: break
                }
                i += 1
            }
            return false
        }
    }

    /// `key: [a, b]`, the flow list to suggest for `items`.
    public static func flowList(_ key: String, _ items: [String]) -> String {
        "\(key): [\(items.joined(separator: ", "))]"
    }
}

extension DecodingText {
    /// The hint for a list written as one text (`fields: 子ども、環境`), with
    /// `noun` naming its items (`Term.fields`); nil when `text` does not
    /// look like one.
    public static func listHint(_ text: String, key: String, noun: LocalizedText) -> ChosenHint? {
        listWrittenAsText(text).map { listHint($0.items, key: key, noun: noun) }
    }

    /// `for several fields write 'fields: [a, b]'`, or for one item in
    /// full-width brackets, the same with half-width ones.
    static func listHint(_ items: [String], key: String, noun: LocalizedText) -> ChosenHint {
        let line: MessageArguments = ["line": .text(flowList(key, items)), "items": .term(noun)]
        return ChosenHint(items.count == 1 ? .halfWidthBrackets : .severalItems, line)
    }
}
