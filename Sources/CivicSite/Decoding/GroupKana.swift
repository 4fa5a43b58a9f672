/// The check on a group's reading.
enum GroupKana {
    /// Hiragana, katakana, the long-vowel mark and the separators people put
    /// between words; anything else (kanji, latin) cannot be ordered 五十音.
    static func isKana(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { s in
            (0x3041...0x309F).contains(s.value) || (0x30A0...0x30FF).contains(s.value)
                || s == " " || s == "　" || s == "・"
        }
    }

    /// The names of the latin letters as read in Japanese, for acronyms.
    private static let letterNames: [Character: String] = [
        "A": "えー", "B": "びー", "C": "しー", "D": "でぃー", "E": "いー", "F": "えふ", "G": "じー", "H": "えいち",
        "I": "あい", "J": "じぇー", "K": "けー", "L": "える", "M": "えむ", "N": "えぬ", "O": "おー", "P": "ぴー",
        "Q": "きゅー", "R": "あーる", "S": "えす", "T": "てぃー", "U": "ゆー", "V": "ぶい", "W": "だぶりゅー",
        "X": "えっくす", "Y": "わい", "Z": "ぜっと",
    ]

    /// A reading in kana for `text` when one can be given without guessing:
    /// half-width katakana made full-width, and acronyms of up to four
    /// capital letters (`IT`, `NPO`) spelt letter by letter, in the script
    /// of the rest (`ITさろん` → `あいてぃーさろん`). A word such as `Cafe`
    /// or any kanji has no reading we could know, so nil.
    static func suggestion(for text: String) -> String? {
        let folded = WrittenText.folded(text)
        if isKana(folded) { return folded == text ? nil : folded }
        let katakana = folded.unicodeScalars.contains { (0x30A1...0x30FA).contains($0.value) }
            && !folded.unicodeScalars.contains { (0x3041...0x3096).contains($0.value) }
        var result = ""
        var run = 0
        for character in folded {
            if let name = letterNames[character] {
                run += 1
                guard run <= 4 else { return nil }
                result += katakana ? toKatakana(name) : name
            } else {
                run = 0
                guard isKana(String(character)) else { return nil }
                result.append(character)
            }
        }
        return result
    }

    private static func toKatakana(_ hiragana: String) -> String {
        String(String.UnicodeScalarView(hiragana.unicodeScalars.map { s in
            (0x3041...0x3096).contains(s.value) ? Unicode.Scalar(s.value + 0x60)! : s
        }))
    }
}
