/// Cells that hold several items: `子ども、まちづくり`, `1,11`, `NPO法人・任意団体`.
enum ImportLists {
    /// The separators staff put between items.
    static let separators: Set<Character> = ["、", ",", "，", "､", "\n", ";", "；", "/", "／", "・", " ", "　"]

    /// Items of a cell by the longest known spelling at each place, so that
    /// names holding a separator themselves (`保健、医療又は福祉の増進を図る
    /// 活動`, `自治会・町内会`) stay whole; text that is no known spelling
    /// runs to the next separator and is kept as written.
    static func split(_ cell: String, spellings: ImportSpellings) -> [String] {
        let text = WrittenValue.trimmed(WrittenText.folded(cell))
        var items: [String] = []
        var rest = Substring(text)
        while true {
            while let c = rest.first, separators.contains(c) || c.isWhitespace { rest.removeFirst() }
            guard !rest.isEmpty else { break }
            if let match = spellings.longestFirst.first(where: { word in
                guard rest.hasPrefix(word.text) else { return false }
                let after = rest.dropFirst(word.count).first
                return after.map { separators.contains($0) } ?? true
            }) {
                items.append(spellings.map[match.text]!)
                rest = rest.dropFirst(match.count)
                continue
            }
            let end = rest.firstIndex(where: { separators.contains($0) && $0 != " " && $0 != "・" }) ?? rest.endIndex
            items.append(WrittenValue.trimmed(String(rest[..<end])))
            rest = rest[end...]
        }
        return items
    }

    /// Field names, short labels, ids and numbers → field slug.
    static func fieldSpellings(_ fields: [Field]) -> ImportSpellings {
        var map: [String: String] = [:]
        for f in fields {
            for word in [f.slug, String(f.number), f.name, f.short] { map[WrittenText.folded(word)] = f.slug }
        }
        return ImportSpellings(map)
    }

    /// Every spelling of a group type → how it is written (its label).
    static let groupTypeSpellings: ImportSpellings = {
        var map: [String: String] = [:]
        for t in GroupType.allCases {
            for word in [t.rawValue, t.label] + t.aliases { map[WrittenText.folded(word)] = t.label }
        }
        return ImportSpellings(map)
    }()

    /// Group titles (also without their legal form) and slugs → slug.
    static func groupSpellings(_ groups: [Group]) -> [String: String] {
        var map: [String: String] = [:]
        for g in groups {
            map[g.slug] = g.slug
            map[WrittenText.folded(g.title)] = g.slug
            map[WrittenText.folded(SlugSuggestion.strippingLegalForm(g.title))] = g.slug
        }
        return map
    }

    /// Free words: separated by 、 commas and line breaks only, since a
    /// space or ・ may belong to a word.
    static func words(_ cell: String) -> [String] {
        cell.split(whereSeparator: { "、,，､\n;；".contains($0) }).map { WrittenValue.trimmed(String($0)) }.filter { !$0.isEmpty }
    }

    /// Addresses: one per line, or separated by spaces or commas.
    static func links(_ cell: String) -> [String] {
        WrittenText.folded(cell).split(whereSeparator: { $0.isWhitespace || "、,，".contains($0) }).map(String.init)
    }

    /// Group names in a cell: by the longest known name, the rest to the
    /// next 、 or comma (names may hold spaces and ・).
    static func groups(_ cell: String, spellings: [String: String]) -> [String] {
        var items: [String] = []
        for part in words(cell) {
            let folded = WrittenText.folded(part)
            items.append(spellings[folded] ?? part)
        }
        return items
    }
}

/// Known spellings and what they stand for, longest first, so that the
/// longest name at a place wins (`NPO法人` before `NPO`).
struct ImportSpellings: Sendable {
    var map: [String: String]
    var longestFirst: [(text: String, count: Int)]

    init(_ map: [String: String]) {
        self.map = map
        longestFirst = map.keys.map { ($0, $0.count) }.sorted { ($0.count, $0.text) > ($1.count, $1.text) }
    }
}
