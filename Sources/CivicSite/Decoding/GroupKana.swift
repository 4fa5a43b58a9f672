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
}
