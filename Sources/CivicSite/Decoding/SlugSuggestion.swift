/// A slug to suggest for a record whose file name cannot be one, made from
/// what the record says about itself: its title, read with the group's
/// `kana` where the title has kanji.
///
/// `さくら子ども食堂` with the reading `さくらこどもしょくどう` gives
/// `sakura-kodomo-shokudo`: the kana of the title anchor the reading, so
/// each kanji run gets its own syllables, and the title's change of script
/// marks the words (さくら｜子ども｜食堂).
enum SlugSuggestion {
    /// The suggestion, trying in order: the title aligned with the reading,
    /// the title alone (when it has no kanji), the reading alone, then the
    /// file name. Nil when none can be read.
    static func suggestion(title: String?, reading: String?, fileStem: String) -> String? {
        if fileStem.unicodeScalars.allSatisfy(\.isASCII), let cleaned = SlugRules.cleaned(fileStem) { return cleaned }
        if let title {
            let words = self.words(of: strippingLegalForm(WrittenText.folded(title)))
            if let reading, let aligned = align(words, with: reading) { return aligned }
            if let plain = romanized(words.map { $0.map(\.text).joined() }) { return plain }
        }
        if let reading, let romanized = SlugRomanizer.romanize(reading) { return romanized }
        return SlugRomanizer.romanize(fileStem)
    }

    enum Script: Equatable {
        case kana, katakana, kanji, latin, digit
    }

    struct Run: Equatable {
        var script: Script
        var text: String
    }

    /// Legal forms that readings leave out (`NPO法人ITサロンつなぐ` is read
    /// `あいてぃーさろんつなぐ`).
    static let legalForms = ["特定非営利活動法人", "認定NPO法人", "NPO法人", "一般社団法人", "一般財団法人", "公益社団法人",
                             "公益財団法人", "社会福祉法人"]

    static func strippingLegalForm(_ title: String) -> String {
        for form in legalForms {
            if title.hasPrefix(form) { return String(title.dropFirst(form.count)) }
            if title.hasSuffix(form) { return String(title.dropLast(form.count)) }
        }
        return title
    }

    static func script(of c: Character) -> Script? {
        guard let s = c.unicodeScalars.first else { return nil }
        switch s.value {
        case 0x3041...0x309F: return .kana
        case 0x30A0...0x30FF: return .katakana
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x3005, 0xF900...0xFAFF: return .kanji
        default:
            if c.isASCII, c.isLetter { return .latin }
            if c.isASCII, c.isNumber { return .digit }
            return nil
        }
    }

    /// Particles, which are words of their own after kanji (市民の会, 川を守る).
    static let particles: Set<String> = ["を", "の", "が", "と", "へ", "や", "で"]

    /// The title cut into words, each a list of runs of one script. A word
    /// ends at a space or sign and where the script changes, except that
    /// up to two kana after kanji belong to it (子ども, 守る); a particle or
    /// a longer run of kana starts a word (食堂｜ひだまり).
    static func words(of title: String) -> [[Run]] {
        scriptWords(of: title).flatMap { word -> [[Run]] in
            // A word of several runs is kanji followed by kana.
            guard word.count == 2, particles.contains(word[1].text) || word[1].text.count > 2 else { return [word] }
            return [[word[0]], [word[1]]]
        }
    }

    private static func scriptWords(of title: String) -> [[Run]] {
        var words: [[Run]] = []
        var word: [Run] = []
        for c in title {
            guard let script = script(of: c) else {
                if !word.isEmpty { words.append(word); word = [] }
                continue
            }
            if let last = word.last, last.script == script {
                word[word.count - 1].text.append(c)
            } else if let last = word.last, last.script == .kanji, script == .kana {
                word.append(Run(script: script, text: String(c)))
            } else {
                if !word.isEmpty { words.append(word) }
                word = [Run(script: script, text: String(c))]
            }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// Each word romanized and joined with hyphens; nil when a word cannot be read.
    static func romanized(_ words: [String]) -> String? {
        var parts: [String] = []
        for word in words {
            guard let part = SlugRomanizer.romanize(word) else { return nil }
            parts.append(part)
        }
        return SlugRules.cleaned(parts.joined(separator: "-"))
    }

    /// Kana folded to hiragana, without spaces, dots and long-vowel marks'
    /// differences mattering less than the syllables.
    static func folded(_ text: String) -> [Character] {
        WrittenText.folded(text).compactMap { c in
            c.isWhitespace || c == "・" ? nil : SlugRomanizer.hiragana(c)
        }
    }

    /// The words with each kanji run replaced by its part of the reading,
    /// romanized; nil when the reading does not fit the title.
    static func align(_ words: [[Run]], with reading: String) -> String? {
        let runs = words.enumerated().flatMap { index, word in word.map { (index, $0) } }
        let target = folded(reading)
        // Long titles would make the search slow for no better a guess.
        guard runs.count <= 12, target.count <= 60, runs.contains(where: { $0.1.script == .kanji }),
              let readings = match(runs.map(\.1), 0, target[...]) else { return nil }
        var romanWords = Array(repeating: "", count: words.count)
        for ((word, run), kana) in zip(runs, readings) {
            romanWords[word] += run.script == .latin || run.script == .digit ? run.text.lowercased() : kana
        }
        return romanized(romanWords)
    }

    /// The part of `reading` each run stands for. Kana must appear as they
    /// are; a kanji run takes the shortest stretch after which the rest
    /// still fits; a Latin acronym is matched by its letters' names when the
    /// reading spells them (`IT` → あいてぃー), and digits are kept as they are.
    private static func match(_ runs: [Run], _ index: Int, _ reading: ArraySlice<Character>) -> [String]? {
        guard index < runs.count else { return reading.isEmpty ? [] : nil }
        let run = runs[index]
        func rest(after count: Int) -> [String]? {
            match(runs, index + 1, reading.dropFirst(count)).map { [String(reading.prefix(count))] + $0 }
        }
        switch run.script {
        case .kana, .katakana:
            let own = folded(run.text)
            guard reading.starts(with: own) else { return nil }
            return rest(after: own.count)
        case .latin:
            if let spelt = GroupKana.suggestion(for: run.text.uppercased()).map(folded), reading.starts(with: spelt) {
                return rest(after: spelt.count)
            }
            return flexible(reading.count, rest)
        case .digit:
            return flexible(reading.count, rest) ?? rest(after: 0)
        case .kanji:
            return flexible(reading.count, rest)
        }
    }

    private static func flexible(_ available: Int, _ rest: (Int) -> [String]?) -> [String]? {
        guard available > 0 else { return nil }
        for count in 1...available {
            if let found = rest(count) { return found }
        }
        return nil
    }
}
