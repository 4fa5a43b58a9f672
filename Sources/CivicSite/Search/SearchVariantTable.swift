import Foundation

/// Spellings of one word that search treats as the same (表記ゆれ: 子ども・子供・
/// こども, 申し込み・申込み・申込, NPO・特定非営利活動法人) and a site's own
/// synonyms (シニア・高齢者).
///
/// The index builder files every record that contains one of a group's
/// spellings under the group's own term, `~` and its first spelling, beside
/// the record's ordinary bigrams; the page's code reads the groups present
/// in the index from `manifest.json` and looks the typed word up both ways,
/// ranking the spelling typed above the others (`search-engine.js`). So the
/// index grows by one posting list per group present, and a query fetches
/// at most one more shard per variant word.
///
/// Sources: the theme's `search/variants.txt` and the site's
/// `content/search-synonyms.yml`; `docs/search-variants.md` says where the
/// entries come from.
public struct SearchVariantTable: Sendable, Equatable {
    /// Normalised spellings, the first naming the group; each group has at
    /// least two, and no spelling is in two groups.
    public private(set) var groups: [[String]] = []

    public init() {}

    /// Groups of spellings as written; normalised here, and groups sharing a
    /// spelling merged in order (the first group's first spelling names it).
    public init(_ written: [[String]]) {
        add(written)
    }

    public mutating func add(_ written: [[String]]) {
        var all = groups
        for list in written {
            var forms: [String] = []
            for form in list {
                let normal = SearchNormalizer.normalize(form)
                if !normal.isEmpty, !forms.contains(normal) { forms.append(normal) }
            }
            all.append(forms)
        }
        // Union the groups that share a spelling, keeping first appearances.
        var owner: [String: Int] = [:]
        var merged: [[String]] = []
        for forms in all {
            let targets = Set(forms.compactMap { owner[$0] }).sorted()
            let target = targets.first ?? merged.count
            if targets.isEmpty { merged.append([]) }
            for other in targets.dropFirst() {
                for form in merged[other] where !merged[target].contains(form) {
                    merged[target].append(form)
                    owner[form] = target
                }
                merged[other] = []
            }
            for form in forms where !merged[target].contains(form) {
                merged[target].append(form)
                owner[form] = target
            }
        }
        groups = merged.filter { $0.count >= 2 }
    }

    /// The term a group's records are filed under.
    public static func term(of group: [String]) -> String { "~" + group[0] }

    /// Spellings by their first scalar, longest first, for the scanner.
    func lookup() -> [UInt32: [(form: [UInt32], isWord: Bool, group: Int)]] {
        var table: [UInt32: [(form: [UInt32], isWord: Bool, group: Int)]] = [:]
        for (g, forms) in groups.enumerated() {
            for form in forms {
                let scalars = form.unicodeScalars.map(\.value)
                let isWord = form.unicodeScalars.allSatisfy { SearchCharacterClass($0) == .word }
                table[scalars[0], default: []].append((scalars, isWord, g))
            }
        }
        return table.mapValues { $0.sorted { $0.form.count > $1.form.count } }
    }
}

/// One line of a variants or synonyms list: spellings separated by 、 or a
/// comma (full or half width), spaces around them ignored.
enum SearchVariantLine {
    static func split(_ line: String) -> [String] {
        line.split(whereSeparator: { $0 == "、" || $0 == "," || $0 == "，" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
