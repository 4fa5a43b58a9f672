/// Lists and mappings in brackets, YAML features outside the subset, and
/// characters no value may hold: CS1180–CS1199.
extension Message {
    public static let unclosedBracket = Message("CS1180", .error,
        ja: "「[」で始めた一覧が「]」で閉じていません",
        en: "unclosed flow sequence '['",
        hint: Hint(ja: "一覧の終わりに「]」を書いてください。何行にもわたるなら、2行目からはキーより深く字下げします",
                   en: "add the closing ']'; if the list goes on over several lines, indent them more than the key"),
        explainJa: """
        「[」で始めた一覧に、閉じる「]」がありません。全角の「］」では閉じません。

        例: 「tags: [防災, 子育て」
        直し方: 最後に半角の「]」を書きます（tags: [防災, 子育て]）。
        """,
        explainEn: """
        A list opened with '[' has no closing ']' (a full-width '］' does not close it).

        Fix: add the closing bracket, e.g. tags: [防災, 子育て].
        """)

    public static let unclosedBrace = Message("CS1181", .error,
        ja: "「{」で始めた値が「}」で閉じていません",
        en: "unclosed flow mapping '{'",
        hint: Hint(ja: "値の終わりに「}」を書いてください。何行にもわたるなら、2行目からはキーより深く字下げします",
                   en: "add the closing '}'; if the mapping goes on over several lines, indent them more than the key"),
        explainJa: """
        「{」で始めた値に、閉じる「}」がありません。

        例: 「evaluation: {roles: 4, synergy: 5」
        直し方: 最後に「}」を書きます（evaluation: {roles: 4, synergy: 5}）。
        """,
        explainEn: """
        A mapping opened with '{' has no closing '}'.

        Fix: add the closing brace, e.g. evaluation: {roles: 4, synergy: 5}.
        """)

    public static let extraCommaInBrackets = Message("CS1182", .error,
        ja: "[ ] の中で「,」が続いています",
        en: "unexpected ',' in a flow sequence",
        hint: Hint(ja: "余分な「,」を消してください", en: "remove the extra ','; empty items are not allowed"),
        explainJa: """
        [ ] の一覧の中に、項目のない「,」があります。

        例: 「tags: [防災, , 子育て]」
        直し方: 余分な「,」を消します（tags: [防災, 子育て]）。
        """,
        explainEn: """
        A ',' in a [ ] list has no item before it.

        Fix: remove the extra comma, e.g. tags: [防災, 子育て].
        """)

    public static let extraCommaInBraces = Message("CS1183", .error,
        ja: "{ } の中で「,」が続いています",
        en: "unexpected ',' in a flow mapping",
        hint: Hint(ja: "余分な「,」を消してください", en: "remove the extra ','; empty entries are not allowed"),
        explainJa: """
        { } の中に、キーのない「,」があります。

        例: 「evaluation: {roles: 4,, synergy: 5}」
        直し方: 余分な「,」を消します。
        """,
        explainEn: """
        A ',' in { } has no entry before it.

        Fix: remove the extra comma.
        """)

    /// `{found}`: `Term.found…`.
    public static let bracketsExpectComma = Message("CS1184", .error,
        ja: "[ ] の中で、「,」か「]」が来るところに{found}があります",
        en: "expected ',' or ']' in a flow sequence, found {found}",
        hint: Hint(ja: "項目は半角の「,」で区切ってください。「,」や括弧を含む項目は引用符（\" や '）で囲みます",
                   en: "separate the items with commas, and put an item holding ',' or brackets in quotes"),
        explainJa: """
        [ ] の一覧で、項目の後に「,」も「]」もありません。全角の「、」では区切れません。

        例: 「tags: [防災、子育て]」は1つの項目ですが、「tags: ["防災" 子育て]」は読めません
        直し方: 半角の「,」で区切ります（tags: [防災, 子育て]）。
        """,
        explainEn: """
        An item of a [ ] list is followed by neither ',' nor ']'.

        Fix: separate the items with half-width commas, e.g. tags: [防災, 子育て].
        """)

    /// `{found}`.
    public static let bracesExpectComma = Message("CS1185", .error,
        ja: "{ } の中で、「,」か「}」が来るところに{found}があります",
        en: "expected ',' or '}' in a flow mapping, found {found}",
        hint: Hint(ja: "「キー: 値」は半角の「,」で区切ってください。「,」「:」や括弧を含む値は引用符（\" や '）で囲みます",
                   en: "separate the entries with commas, and put a value holding ',', ':' or brackets in quotes"),
        explainJa: """
        { } の中で、値の後に「,」も「}」もありません。

        例: 「evaluation: {roles: 4 synergy: 5}」
        直し方: 半角の「,」で区切ります（evaluation: {roles: 4, synergy: 5}）。
        """,
        explainEn: """
        A value inside { } is followed by neither ',' nor '}'.

        Fix: separate the entries with commas, e.g. {roles: 4, synergy: 5}.
        """)

    public static let pairInBrackets = Message("CS1186", .error,
        ja: "[ ] の中に「キー: 値」を直接は書けません",
        en: "'key: value' pairs directly inside '[ ]' are not supported",
        hint: Hint(ja: "[{キー: 値}] のように { } で囲むか、文字なら引用符で囲んでください（[\"10時: 開場\"]）",
                   en: "write a mapping inside the list in braces: [{key: value}]"),
        explainJa: """
        [ ] の一覧の中に「: 」があり、「キー: 値」のように読めます。

        例: 「tags: [時間: 10時]」
        直し方: 文字として書くなら引用符で囲みます（tags: ["時間: 10時"]）。
        """,
        explainEn: """
        ': ' inside a [ ] list reads as a 'key: value' pair.

        Fix: quote the item if it is text (["時間: 10時"]), or write [{key: value}].
        """)

    /// `{indicator}`.
    public static let blockScalarInFlow = Message("CS1187", .error,
        ja: "[ ] や { } の中では「{indicator}」は使えません",
        en: "block scalars ('{indicator}') cannot be used inside '[ ]' or '{ }'",
        hint: Hint(ja: "「\"」で囲み、改行は \\n と書いてください", en: "use a double-quoted string, with \\n for line breaks"),
        explainJa: """
        「|」や「>」で始める何行もの文章は、[ ] や { } の中には書けません。

        直し方: 「"」で囲み、改行を \\n と書くか、一覧を「- 」の行で書きます。
        """,
        explainEn: """
        '|' and '>' texts cannot stand inside [ ] or { }.

        Fix: use a double-quoted string with \\n for line breaks, or write the list as '- ' lines.
        """)

    public static let dashInFlow = Message("CS1188", .error,
        ja: "[ ] や { } の中では「- 」で始まる項目は使えません",
        en: "a '- ' list item cannot be used inside '[ ]' or '{ }'",
        hint: Hint(ja: "項目は半角の「,」で区切ってください", en: "separate the items with commas"),
        explainJa: """
        [ ] の中に「- 」で始まる項目を書いています。

        例: 「tags: [- 防災]」
        直し方: 「tags: [防災]」と書きます。
        """,
        explainEn: """
        A '- ' item is written inside [ ].

        Fix: write tags: [防災].
        """)

    /// `{word}`.
    public static let anchor = Message("CS1190", .error,
        ja: "「{word}」のような & で始まる印（アンカー）は使えません",
        en: "anchors ('{word}') are not supported",
        hint: Hint(ja: "値をそのまま書いてください", en: "write the value out in full"),
        explainJa: """
        & で始まる印は、YAML で値に名前を付ける書き方ですが、civicsite では使えません。

        例: 「fields: &f [children]」
        直し方: 印を消して値だけを書きます（fields: [children]）。
        """,
        explainEn: """
        '&name' names a value for reuse in YAML; civicsite does not support it.

        Fix: remove it and write the value, e.g. fields: [children].
        """)

    /// `{word}`.
    public static let alias = Message("CS1191", .error,
        ja: "「{word}」のような * で始まる参照（エイリアス）は使えません",
        en: "aliases ('{word}') are not supported",
        hint: Hint(ja: "参照せずに、値をそのまま書いてください", en: "write the value out in full instead of referring to an anchor"),
        explainJa: """
        * で始まる語は、YAML でほかの値を参照する書き方ですが、civicsite では使えません。
        値の先頭に * を書きたいときは引用符で囲みます。

        例: 「partners: *f」
        直し方: 値をそのまま書きます（partners: [sakura]）。
        """,
        explainEn: """
        '*name' refers to another value in YAML; civicsite does not support it. Quote a value that
        starts with '*'.

        Fix: write the value out in full.
        """)

    /// `{word}`.
    public static let tag = Message("CS1192", .error,
        ja: "「{word}」のような ! で始まる型の指定（タグ）は使えません",
        en: "tags ('{word}') are not supported",
        hint: Hint(ja: "この印を消してください。文字として扱うなら値を引用符で囲みます",
                   en: "remove the tag; put the value in quotes to keep it as text"),
        explainJa: """
        ! で始まる語は、YAML で値の種類を指定する書き方ですが、civicsite では使えません。

        例: 「corporate_number: !!str 0123456789012」
        直し方: 印を消し、文字として扱うなら引用符で囲みます（corporate_number: "0123456789012"）。
        """,
        explainEn: """
        '!tag' sets the type of a value in YAML; civicsite does not support it.

        Fix: remove it; quote the value to keep it as text.
        """)

    public static let explicitKey = Message("CS1193", .error,
        ja: "「? 」で始まるキーは使えません",
        en: "explicit keys ('? ') are not supported",
        hint: Hint(ja: "「キー: 値」の形で1行に書いてください", en: "write the key and its value as 'key: value' on one line"),
        explainJa: """
        「? 」で始まる行は、YAML の複雑なキーの書き方ですが、civicsite では使えません。

        直し方: 「キー: 値」の形で書きます。
        """,
        explainEn: """
        '? ' starts a complex key in YAML; civicsite does not support it.

        Fix: write 'key: value'.
        """)

    /// `{code}`: e.g. `U+0007`.
    public static let controlCharacter = Message("CS1195", .error,
        ja: "目に見えない制御文字（{code}）が入っています",
        en: "control character {code} is not allowed",
        hint: Hint(ja: "消してください。見えないときは、その位置の前後の文字ごと消して打ち直してください",
                   en: "delete it; it is invisible in most editors"),
        explainJa: """
        画面に表示されない制御文字が入っています。ほかのソフトからの貼り付けで入ることがあります。

        直し方: 表示された位置の文字を、前後の文字ごと消して打ち直します。
        """,
        explainEn: """
        The text holds a control character, usually pasted in unseen.

        Fix: delete the characters around the place shown and type them again.
        """)

    public static let byteOrderMarkInside = Message("CS1196", .error,
        ja: "ファイルの途中に見えない文字 BOM（U+FEFF）が入っています",
        en: "a byte order mark (U+FEFF) in the middle of the file",
        hint: Hint(ja: "その位置の前後の文字ごと消して打ち直してください。ファイルをつなぎ合わせたときに残ることがあります",
                   en: "delete it by retyping the characters around it; it is often left when files are joined"),
        explainJa: """
        BOM はファイルの最初にだけ置かれる見えない印です。ファイルの途中にあると、キーや値の一部になってしまいます。
        2つのファイルをつなぎ合わせたときや、貼り付けたときに入ります。

        直し方: 表示された位置の前後の文字を消して打ち直します。
        """,
        explainEn: """
        A byte order mark belongs at the very start of a file; in the middle it becomes part of a key or a
        value. It is left behind when files are joined or text is pasted.

        Fix: delete and retype the characters around the place shown.
        """)
}
