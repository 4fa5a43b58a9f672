extension WrittenValue {
    private static let yes: Set<String> = ["はい", "有", "有り", "あり", "○", "◯", "〇", "✓", "✔", "yes", "y", "on", "true"]
    private static let no: Set<String> = ["いいえ", "無", "無し", "なし", "×", "✕", "✖", "no", "n", "off", "false"]

    /// `true` or `false` for the words a form would use: はい／いいえ,
    /// 有／無, あり／なし, ○／×, yes／no, and `"true"` in quotes; nil
    /// for anything else.
    static func bool(_ text: String) -> Bool? {
        let word = normalized(text).lowercased()
        if yes.contains(word) { return true }
        if no.contains(word) { return false }
        return nil
    }
}
