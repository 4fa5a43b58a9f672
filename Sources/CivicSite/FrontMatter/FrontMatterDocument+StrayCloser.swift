/// Recognising the lines that were meant as part of the front matter but
/// would end it, or that were meant to end it but do not.
extension FrontMatterDocument {
    /// Whether the lines from `start` up to a later line that is exactly
    /// `---` all look like front matter (blank, `key: value`, `key:`,
    /// `- item`, indented), the first of them a `key:` line. A body that
    /// merely contains a thematic break starts with prose and is left alone.
    static func moreKeysFollow(_ text: String, from start: String.Index) -> Bool {
        var sawKey = false
        var rest = text[start...]
        // Line by line without splitting the whole body: usually the first
        // body line already decides.
        // Lines are found by their byte: a search by Characters looks at every grapheme of the body.
        while !rest.isEmpty {
            let end = rest.utf8.firstIndex(of: 0x0A) ?? rest.endIndex
            let line = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.utf8.index(after: end)...] : rest[end...]
            if line.utf8.elementsEqual("---".utf8) { return sawKey }
            if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            if looksLikeKeyLine(line) {
                sawKey = true
            } else if !sawKey || !(isListItem(line) || isIndented(line)) {
                return false
            }
        }
        return false
    }

    /// `key: value` or `key:`: a key without blanks, not starting like
    /// Markdown (heading, quote, list, emphasis, link, code) or a comment.
    /// A key of ASCII letters may also be followed by `：` or by `:` without
    /// a space, the typing mistakes the parser then reports; prose and URLs
    /// do not look like that.
    static func looksLikeKeyLine(_ line: Substring) -> Bool {
        // Without `:` or `：` no key can be there; most body lines are
        // prose, and the checks below walk Characters.
        guard hasColon(line.utf8) else { return false }
        let trimmed = line.drop { $0 == " " }
        guard let colon = trimmed.firstIndex(where: { $0 == ":" || $0 == "：" }),
              colon > trimmed.startIndex else { return false }
        let key = trimmed[..<colon]
        guard let first = key.first, !"#>*-+|![`<".contains(first) else { return false }
        guard !key.contains(where: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }) else { return false }
        // Keys are ASCII words (typed full-width at worst); a body line such
        // as `日時: 12月5日` before a thematic break is prose, not a key.
        guard key.unicodeScalars.allSatisfy(isKeyScalar) else { return false }
        let next = trimmed[trimmed.index(after: colon)...].first
        if trimmed[colon] == ":" && (next == nil || next == " " || next == "\t") { return true }
        let asciiKey = key.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || $0 == "_" }
        return asciiKey && next != "/"
    }

    /// `:` or `：` (EF BC 9A) among the bytes.
    private static func hasColon(_ bytes: Substring.UTF8View) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for b in bytes {
            if b == 0x3A || (b == 0x9A && previous == (0xEF, 0xBC)) { return true }
            previous = (previous.1, b)
        }
        return false
    }

    private static func isKeyScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F || v == 0x2E
            || (v >= 0xFF10 && v <= 0xFF19) || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A) || v == 0xFF3F
    }

    static func isListItem(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return trimmed == "-" || trimmed.hasPrefix("- ")
    }

    /// A continuation line; a full-width space counts, since it is the usual
    /// mistaken indentation and is reported as such by the parser.
    static func isIndented(_ line: Substring) -> Bool {
        line.first == " " || line.first == "\t" || line.first == "\u{3000}"
    }

    /// Characters that look like a hyphen in Japanese fonts: the prolonged
    /// sound mark (what an IME gives for the `-` key), full-width and
    /// half-width forms, dashes, the minus sign, box drawing and 一.
    static let hyphenLookAlikes: Set<Character> = [
        "-", "ー", "－", "ｰ", "‐", "‑", "–", "—", "―", "−", "─", "━", "一",
    ]

    /// The first line after the opening one made of three or more hyphen
    /// look-alikes (but not exactly `---`), with the message naming the
    /// character that is wrong.
    static func closerLookAlike(_ text: String, path: String)
        -> (location: SourceLocation, message: Message, arguments: MessageArguments)? {
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().dropFirst() {
            let leading = line.prefix { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
            var marks = line.dropFirst(leading.count)
            while let last = marks.last, last == " " || last == "\t" || last == "\u{3000}" { marks.removeLast() }
            guard marks.count >= 3, marks != "---", marks.allSatisfy(hyphenLookAlikes.contains) else { continue }
            let location = SourceLocation(file: path, line: offset + 1, column: leading.unicodeScalars.count + 1)
            if let odd = marks.first(where: { $0 != "-" }) {
                return (location, .closerLookAlike, ["char": .term(Term.hyphenLookAlike(odd))])
            }
            return (location, .closerHyphenCount, ["count": .number(marks.count)])
        }
        return nil
    }
}
