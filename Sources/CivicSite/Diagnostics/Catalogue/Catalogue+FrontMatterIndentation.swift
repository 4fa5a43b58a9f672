/// Indentation: CS1140–CS1149.
extension Message {
    public static let tabInIndentation = Message("CS1140", .error,
        ja: "字下げにタブが使われています",
        en: "tab character in indentation",
        hint: Hint(ja: "タブを消して、半角スペースで字下げしてください", en: "indent with spaces; tabs are not allowed in front matter"),
        explainJa: """
        行の先頭の字下げにタブがあります。タブの幅はエディターごとに違うので、どこまでが同じまとまりか
        決められません。タブだけの空行も、「|」や「>」の文章の直後では字下げとして扱われます。

        例: 「contact:」の次の行を Tab キーで字下げして「email: info@example.jp」
        直し方: タブを消して、半角スペース2つで字下げします。
        """,
        explainEn: """
        The indentation of a line holds a tab. Tabs are as wide as each editor likes, so nothing says
        which lines belong together; a line of only a tab right after a '|' or '>' text counts too.

        Fix: replace the tab with half-width spaces (two per level).
        """)

    public static let fullWidthSpaceInIndentation = Message("CS1141", .error,
        ja: "字下げに全角スペースが使われています",
        en: "full-width space (U+3000) in indentation",
        hint: Hint(ja: "全角スペースを消して、半角スペースで字下げしてください", en: "indent with half-width spaces"),
        explainJa: """
        キーや「- 」の行の先頭を、全角スペースで字下げしています。字下げは半角スペースで数えるので、
        全角スペースでは字下げになりません。

        例: 「contact:」の次の行が「　　phone: 000-555-0100」（全角スペース2つ）
        直し方: 全角スペースを消し、半角スペース2つで字下げします（「  phone: 000-555-0100」）。
        """,
        explainEn: """
        A key or '- ' line is indented with full-width spaces, which do not count as indentation.

        Fix: indent with half-width spaces instead.
        """)

    /// `{indent}`: `Term.spaces`, `{above}`: `Term.indentAbove`.
    public static let badIndentation = Message("CS1142", .error,
        ja: "字下げがずれています。この行は{indent}、上のキーは{above}です",
        en: "bad indentation: this line is indented {indent}, the keys above {above}",
        hint: .sameColumnTopLevel,
        explainJa: """
        同じまとまりのキーは、同じ位置から書き始めます。この行だけ字下げが違います。

        例: 「title: さくら」の次の行が「 summary: …」（先頭に半角スペース1つ）
        直し方: 先頭の空白を消して、上のキーとそろえます。
        """,
        explainEn: """
        Keys of one mapping start in the same column; this line is indented differently.

        Example: title: さくら, then ' summary: …' with one space in front
        Fix: line it up with the keys above.
        """)

    /// `{indent}`, `{above}`.
    public static let badListIndentation = Message("CS1143", .error,
        ja: "字下げがずれています。この行は{indent}、上の「- 」は{above}です",
        en: "bad indentation: this line is indented {indent}, the '-' above {above}",
        hint: Hint(ja: "一覧の「- 」は、すべて同じ位置から書き始めてください", en: "start every '- ' item of a list in the same column"),
        explainJa: """
        一覧の「- 」の行の字下げが、上の「- 」とそろっていません。

        例: 「  - 防災」の次の行が「    - 子育て」
        直し方: 「- 」を上の行と同じ位置から書きます。
        """,
        explainEn: """
        A '- ' item is not in the column of the items above.

        Fix: start every item of the list in the same column.
        """)

    /// `{key}`; the hint's `{line}`: the line of the value above.
    public static let badKeyIndentation = Message("CS1144", .error,
        ja: "キー「{key}」の字下げがずれています",
        en: "bad indentation of key '{key}'",
        hint: Hint(ja: "同じまとまりのキーは同じ位置から書き始めます。「{key}」をさらに字下げして書くなら、{line}行目の値を空にしてください",
                   en: "keys of one mapping start in the same column; to nest '{key}', leave the value on line {line} empty"),
        explainJa: """
        キーが上のキーより深く字下げされていて、上の値の続きのようにも見えます。

        例: 「contact:」の下に「  email: a@example.jp」と「   phone: 000」（1つ多い字下げ）
        直し方: 上のキーと同じ位置から書きます。
        """,
        explainEn: """
        A key is indented deeper than the key above, as if it continued that value.

        Fix: start it in the same column as the key above.
        """)

    /// `{limit}`.
    public static let nestingTooDeep = Message("CS1145", .error,
        ja: "入れ子が{limit}段より深くなっています",
        en: "nesting is deeper than {limit} levels",
        hint: Hint(ja: "字下げや [ ] { } の入れ子は数段までにしてください",
                   en: "front matter should be a few levels deep at most; flatten the structure"),
        explainJa: """
        字下げや [ ] { } の入れ子が深すぎます。記録の項目は、深くても数段です。

        直し方: 閉じ忘れた [ や { がないか確かめ、入れ子を浅くします。
        """,
        explainEn: """
        Indentation or brackets nest too deeply; records need a few levels at most.

        Fix: look for an unclosed '[' or '{' and flatten the structure.
        """)
}

extension Hint {
    public static let sameColumnTopLevel = Hint(
        ja: "いちばん外側のキーは、どれも同じ位置から書き始めてください", en: "start every top-level key in the same column")
    public static let sameColumnNested = Hint(
        ja: "同じまとまりのキーは同じ位置から書き始めます。さらに字下げしたキーを書くなら、上のキーの値を空にしてください（「キー:」だけの行にします）",
        en: "keys of one mapping start in the same column; to nest a mapping, leave the value of the key above empty")
}
