/// The 五十音 rows that index the group list (あ か さ た な は ま や ら わ).
public enum Gojuon {
    public static let rows: [(id: String, label: String, first: String)] = [
        ("a", "あ", "あいうえおぁぃぅぇぉゔ"),
        ("ka", "か", "かきくけこがぎぐげごゕゖ"),
        ("sa", "さ", "さしすせそざじずぜぞ"),
        ("ta", "た", "たちつてとだぢづでどっ"),
        ("na", "な", "なにぬねの"),
        ("ha", "は", "はひふへほばびぶべぼぱぴぷぺぽ"),
        ("ma", "ま", "まみむめも"),
        ("ya", "や", "やゆよゃゅょ"),
        ("ra", "ら", "らりるれろ"),
        ("wa", "わ", "わゐゑをんゎ"),
    ]

    /// Katakana folded to hiragana, so カタカナ and ひらがな readings sort together.
    public static func hiragana(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if (0x30A1...0x30F6).contains(s.value), let h = Unicode.Scalar(s.value - 0x60) {
                out.append(h)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// The row id a reading falls under, or `other` for readings that do not start with kana.
    public static func row(of kana: String) -> String {
        guard let first = hiragana(kana).first else { return "other" }
        return rows.first { $0.first.contains(first) }?.id ?? "other"
    }

    /// Orders readings the way a Japanese index does: by hiragana reading,
    /// with the written title as a tie-breaker.
    public static func sortKey(kana: String, title: String) -> String {
        hiragana(kana) + "\u{0}" + title
    }
}
