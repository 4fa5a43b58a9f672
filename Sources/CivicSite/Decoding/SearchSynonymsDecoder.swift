import Foundation

/// Reads a site's search synonyms, `content/search-synonyms.yml`:
///
///     synonyms:
///       - シニア、高齢者、お年寄り
///       - [町内会, 自治会]
///
/// and a theme's table of spellings, `search/variants.txt` (one group a line,
/// `#` comments), into groups for `SearchVariantTable`, checking each word.
public enum SearchSynonymsDecoder {
    public static let fileName = "search-synonyms.yml"
    public static let keys = ["synonyms"]

    static func decode(_ node: FrontMatterNode?, path: String) -> (groups: [[String]], diagnostics: [Diagnostic]) {
        var keyed = KeyedNode(node: node, path: path)
        var groups: [[String]] = []
        var problems: [Diagnostic] = []
        if let list = keyed.node("synonyms") {
            if let items = list.items {
                for item in items {
                    let written: String
                    let words: [String]
                    if let nested = item.items {
                        words = nested.compactMap { keyed.scalarText($0, key: "synonyms") }
                        written = words.joined(separator: "、")
                    } else {
                        written = keyed.scalarText(item, key: "synonyms") ?? ""
                        words = SearchVariantLine.split(written)
                    }
                    if let group = check(words, written: written, at: item.location, into: &problems) { groups.append(group) }
                }
            } else {
                keyed.report(.notList, at: list.location, key: "synonyms", ["found": .term(Term.valueKind(of: list))])
            }
        }
        keyed.checkUnknownKeys(known: keys)
        return (groups, keyed.diagnostics + problems)
    }

    /// The theme's table: every line not blank or a comment is a group.
    public static func decodeTable(_ text: String, path: String) -> (groups: [[String]], diagnostics: [Diagnostic]) {
        var groups: [[String]] = []
        var problems: [Diagnostic] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw.prefix { $0 != "#" }).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty else { continue }
            let location = SourceLocation(file: path, line: n + 1, column: 1)
            if let group = check(SearchVariantLine.split(line), written: line, at: location, into: &problems) { groups.append(group) }
        }
        return (groups, problems)
    }

    /// The words of one entry when every one can be searched as a synonym.
    static func check(_ words: [String], written: String, at location: SourceLocation,
                      into problems: inout [Diagnostic]) -> [String]? {
        guard words.count >= 2 else {
            problems.append(.error(.synonymsOneWord, at: location, ["text": .text(written)]))
            return nil
        }
        var ok = true
        for word in words {
            let normal = SearchNormalizer.normalize(word)
            let classes = normal.unicodeScalars.map(SearchCharacterClass.init)
            if normal.unicodeScalars.count < 2 {
                problems.append(.error(.synonymTooShort, at: location, ["text": .text(word)]))
                ok = false
            } else if !(classes.allSatisfy(\.isCJK) || classes.allSatisfy { $0 == .word }) {
                problems.append(.error(.synonymNotOneWord, at: location, ["text": .text(word)]))
                ok = false
            }
        }
        return ok ? words : nil
    }
}
