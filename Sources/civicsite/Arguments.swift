import CivicSite

/// The words after the command name, consumed as options are recognised.
struct Arguments {
    private(set) var words: [String]

    init(_ words: [String]) {
        self.words = words
    }

    var isEmpty: Bool { words.isEmpty }

    mutating func next() -> String? {
        words.isEmpty ? nil : words.removeFirst()
    }

    /// `--name value` or `--name=value`.
    static func split(_ word: String) -> (name: String, value: String?) {
        guard word.hasPrefix("--"), let eq = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<eq]), String(word[word.index(after: eq)...]))
    }

    mutating func value(for name: String, inline: String?) throws -> String {
        if let inline { return inline }
        guard let value = next(), !value.hasPrefix("--") else {
            throw UsageError(.optionNeedsValue, ["option": .text(name)])
        }
        return value
    }
}
