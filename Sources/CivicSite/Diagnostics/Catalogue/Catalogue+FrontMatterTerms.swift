/// Words the front-matter messages put into their texts, and the words other
/// stages use to name what a value was written as.
extension Term {
    // The kinds of value (`FrontMatterNode.kindTerm`), as in "found a list".
    public static let kindEmpty = LocalizedText(ja: "空の値", en: "an empty value")
    public static let kindTrueFalse = LocalizedText(ja: "true/false", en: "true/false")
    public static let kindWholeNumber = LocalizedText(ja: "整数", en: "a whole number")
    public static let kindDecimalNumber = LocalizedText(ja: "小数", en: "a decimal number")
    public static let kindText = LocalizedText(ja: "文字", en: "text")
    public static let kindList = LocalizedText(ja: "一覧", en: "a list")
    public static let kindMapping = LocalizedText(ja: "字下げした「キー: 値」の行", en: "a mapping")

    /// A character staff cannot see or tell apart, named for `{character}`:
    /// 全角スペース（U+3000）, ノーブレークスペース（U+00A0）, タブ …
    public static func character(_ scalar: Unicode.Scalar) -> LocalizedText {
        let code = FrontMatterReader.codePoint(scalar)
        switch scalar.value {
        case 0x09: return LocalizedText(ja: "タブ", en: "a tab")
        case 0x3000: return LocalizedText(ja: "全角スペース（\(code)）", en: "a full-width space (\(code))")
        case 0xA0: return LocalizedText(ja: "ノーブレークスペース（\(code)）", en: "a no-break space (\(code))")
        case 0x200B: return LocalizedText(ja: "ゼロ幅スペース（\(code)）", en: "a zero-width space (\(code))")
        case 0xFEFF: return LocalizedText(ja: "見えない文字 BOM（\(code)）", en: "a byte order mark (\(code))")
        case 0x2000...0x200A, 0x202F, 0x205F:
            return LocalizedText(ja: "特殊な幅のスペース（\(code)）", en: "a special-width space (\(code))")
        case 0x200C, 0x200D, 0x2060:
            return LocalizedText(ja: "幅のない見えない文字（\(code)）", en: "an invisible zero-width character (\(code))")
        default:
            let shown = String(Character(scalar))
            return LocalizedText(ja: "「\(shown)」（\(code)）", en: "'\(shown)' (\(code))")
        }
    }

    /// A character that looks like a hyphen in a closing line, for `{char}`:
    /// 「ー」（長音記号） in Japanese, the character itself in English.
    public static func hyphenLookAlike(_ c: Character) -> LocalizedText {
        let name: String
        switch c {
        case "ー": name = "長音記号"
        case "ｰ": name = "半角の長音記号"
        case "－": name = "全角のハイフン"
        case "−": name = "マイナス記号"
        case "‐", "‑": name = "全角幅のハイフン"
        case "–", "—", "―": name = "ダッシュ記号"
        case "─", "━": name = "罫線"
        case "一": name = "漢字の「一」"
        default: name = "半角のハイフンではない文字"
        }
        return LocalizedText(ja: "「\(c)」（\(name)）", en: "'\(c)'")
    }

    /// "3 spaces" / 「半角スペース3個」, for indentation messages.
    public static func spaces(_ count: Int) -> MessageArgument {
        .phrase(LocalizedText(ja: "半角スペース{count}個", en: count == 1 ? "{count} space" : "{count} spaces"), ["count": .number(count)])
    }

    /// The indentation of the lines above: "0" / 「字下げなし」, "2" / 「半角スペース2個」.
    public static func indentAbove(_ count: Int) -> MessageArgument {
        .phrase(LocalizedText(ja: count == 0 ? "字下げなし" : "半角スペース{count}個", en: "{count}"), ["count": .number(count)])
    }

    /// What stood where a `,` or closing bracket was expected, for `{found}`.
    public static let foundEndOfFile = LocalizedText(ja: "ファイルの終わり", en: "the end")
    public static let foundEndOfLine = LocalizedText(ja: "行の終わり", en: "the end of the line")
    /// `{text}` as written.
    public static let foundText = LocalizedText(ja: "「{text}」", en: "'{text}'")
}
