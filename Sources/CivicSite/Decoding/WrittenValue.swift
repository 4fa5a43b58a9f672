/// What staff typed, read the way a person would read it, for hints that
/// show their own value converted and ready to copy: `20万円` → `200000`,
/// `令和9年3月14日` → `2027-03-14`, `はい` → `true`.
///
/// Every reading here is certain or returns nil: a hint must never propose
/// a value that would publish something other than what was meant, so
/// `約5万円`, `5万円程度` or `未定` get no number. The values themselves are
/// never changed: only the hints use this.
public enum WrittenValue {
    /// `text` in NFKC (full-width digits, letters, `：` and `／` become
    /// half-width), without surrounding spaces and without one pair of
    /// curly or Japanese quotes around it (`“12:00”`, `「2027-03-14」`).
    static func normalized(_ text: String) -> String {
        var folded = trimmed(WrittenText.folded(text))
        if let inner = unwrapped(folded) { folded = trimmed(inner) }
        return folded
    }

    /// The text inside one pair of curly, Japanese or angle quotes, or nil.
    static func unwrapped(_ text: String) -> String? {
        let pairs: [(Character, Character)] = [("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("<", ">"), ("＜", "＞")]
        guard text.count >= 2, let first = text.first, let last = text.last,
              pairs.contains(where: { $0.0 == first && $0.1 == last }) else { return nil }
        return String(text.dropFirst().dropLast())
    }

    /// Whether `text` is wrapped in curly quotes, which YAML does not read
    /// as quotes: the writer meant `"12:00"`.
    static func isCurlyQuoted(_ text: String) -> Bool {
        let t = trimmed(text)
        return (t.hasPrefix("“") && t.hasSuffix("”")) || (t.hasPrefix("‘") && t.hasSuffix("’"))
    }

    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

/// A small cursor over the characters of a normalized value.
struct WrittenScanner {
    private let characters: [Character]
    private(set) var index = 0

    init(_ text: String) {
        characters = Array(text)
    }

    var atEnd: Bool { index == characters.count }
    var rest: String { String(characters[index...]) }
    var peek: Character? { atEnd ? nil : characters[index] }

    mutating func skip(_ word: String) -> Bool {
        let wanted = Array(word)
        guard index + wanted.count <= characters.count,
              Array(characters[index..<index + wanted.count]) == wanted else { return false }
        index += wanted.count
        return true
    }

    /// The first of `words` found here, consumed.
    mutating func skip(anyOf words: [String]) -> String? {
        words.first { skip($0) }
    }

    mutating func skipSpaces() {
        while let c = peek, c.isWhitespace { index += 1 }
    }

    /// One to `maximum` ASCII digits.
    mutating func number(maximum: Int = 9) -> Int? {
        var value = 0
        var count = 0
        while count < maximum, let c = peek, let digit = c.wholeNumberValue, c.isASCII {
            value = value * 10 + digit
            index += 1
            count += 1
        }
        return count == 0 ? nil : value
    }

    /// Exactly `count` ASCII digits.
    mutating func digits(_ count: Int) -> Int? {
        let start = index
        guard let value = number(maximum: count), index - start == count else {
            index = start
            return nil
        }
        return value
    }

    mutating func reset(to position: Int) {
        index = position
    }
}
