/// Hepburn romaji for hiragana and katakana, so that a record named in kana
/// gets a usable slug suggestion (`さくらの会` → `sakura-no-kai` needs kanji
/// readings we do not have, but `さくらのかい` → `sakuranokai` works).
/// Long vowels are written as in passports and most web addresses, without
/// marks: `しょくどう` → `shokudo`, `ゆうき` → `yuki`.
enum SlugRomanizer {
    private static let table: [Character: String] = {
        let rows: [(String, [String])] = [
            ("あいうえお", ["a", "i", "u", "e", "o"]), ("かきくけこ", ["ka", "ki", "ku", "ke", "ko"]),
            ("がぎぐげご", ["ga", "gi", "gu", "ge", "go"]), ("さしすせそ", ["sa", "shi", "su", "se", "so"]),
            ("ざじずぜぞ", ["za", "ji", "zu", "ze", "zo"]), ("たちつてと", ["ta", "chi", "tsu", "te", "to"]),
            ("だぢづでど", ["da", "ji", "zu", "de", "do"]), ("なにぬねの", ["na", "ni", "nu", "ne", "no"]),
            ("はひふへほ", ["ha", "hi", "fu", "he", "ho"]), ("ばびぶべぼ", ["ba", "bi", "bu", "be", "bo"]),
            ("ぱぴぷぺぽ", ["pa", "pi", "pu", "pe", "po"]), ("まみむめも", ["ma", "mi", "mu", "me", "mo"]),
            ("やゆよ", ["ya", "yu", "yo"]), ("らりるれろ", ["ra", "ri", "ru", "re", "ro"]),
            ("わゐゑをんゔ", ["wa", "i", "e", "o", "n", "vu"]),
        ]
        var table: [Character: String] = [:]
        for (kana, romaji) in rows {
            for (character, reading) in zip(kana, romaji) { table[character] = reading }
        }
        return table
    }()

    private static let smallVowels: [Character: String] = ["ぁ": "a", "ぃ": "i", "ぅ": "u", "ぇ": "e", "ぉ": "o"]
    private static let smallY: [Character: String] = ["ゃ": "a", "ゅ": "u", "ょ": "o"]

    /// Katakana folded to hiragana, which has the same layout 0x60 lower.
    static func hiragana(_ c: Character) -> Character {
        guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1, (0x30A1...0x30F6).contains(s.value),
              let folded = Unicode.Scalar(s.value - 0x60) else { return c }
        return Character(folded)
    }

    /// The romaji of `text`, with anything that is not kana or ASCII
    /// alphanumeric turned into a hyphen; nil when some character (a kanji)
    /// cannot be read.
    static func romanize(_ text: String) -> String? {
        var output = ""
        var doubleNext = false
        for original in text {
            let c = hiragana(original)
            var piece: String
            if let reading = table[c] {
                // おう and うう are one long vowel: shokudo, not shokudou.
                if c == "う", let last = output.last, last == "o" || last == "u", !doubleNext { continue }
                piece = reading
            } else if let y = smallY[c], let last = output.last, last == "i" {
                output.removeLast()
                piece = output.hasSuffix("sh") || output.hasSuffix("ch") || output.hasSuffix("j") ? y : "y" + y
            } else if let v = smallVowels[c], let last = output.last, "aiueo".contains(last) {
                output.removeLast()
                piece = output.isEmpty || output.last == "-" ? "w" + v : v
            } else if c == "っ" {
                doubleNext = true
                continue
            } else if c == "ー" {
                continue
            } else if c.isASCII, c.isLetter || c.isNumber {
                piece = c.lowercased()
            } else if c.isWhitespace || c.isPunctuation || c.isSymbol || c == "・" || c == "_" || c == "-" {
                piece = "-"
            } else {
                return nil
            }
            if doubleNext, let first = piece.first, !"aiueon-".contains(first) {
                piece = (piece.hasPrefix("ch") ? "t" : String(first)) + piece
            }
            doubleNext = false
            output += piece
        }
        return SlugRules.cleaned(output)
    }
}
