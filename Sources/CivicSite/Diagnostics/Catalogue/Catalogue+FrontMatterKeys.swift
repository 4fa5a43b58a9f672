/// Lines that should read `key: value` but do not: CS1120–CS1139.
extension Message {
    /// `{text}`: the start of the line.
    public static let missingColon = Message("CS1120", .error,
        ja: "「{text}」の行に、キーの後の「:」がありません",
        en: "missing ':' after '{text}'",
        hint: Hint(ja: "「キー: 値」の形で書いてください。上の行の値の続きなら、行の先頭に半角スペースを入れて字下げしてください",
                   en: "write 'key: value', or indent the line if it continues the value above"),
        explainJa: """
        キーが来るはずの行に「:」がありません。項目の行は「キー: 値」の形（キー、半角の「:」、半角スペース、値）で書きます。
        前の行の値が長くて次の行に続くときは、続きの行を字下げします。

        例: 「title さくら子ども食堂」
        直し方: 「title: さくら子ども食堂」と書きます。
        """,
        explainEn: """
        A line where a key is expected has no ':'. Each line is 'key: value'; a value that goes on over
        several lines is continued on indented lines.

        Example: title さくら子ども食堂
        Fix: title: さくら子ども食堂
        """)

    /// `{key}`: the quoted key.
    public static let missingColonAfterQuotedKey = Message("CS1121", .error,
        ja: "キー「{key}」の後に「:」がありません",
        en: "missing ':' after key '{key}'",
        hint: Hint(ja: "キー、半角の「:」、半角スペース、値の順に書いてください", en: "write the key, ':', a space and the value"),
        explainJa: """
        引用符で囲んだキーの後に「:」がありません。

        例: 「"title" さくら子ども食堂」
        直し方: 「"title": さくら子ども食堂」と書きます（キーは普通、引用符なしで title: と書けます）。
        """,
        explainEn: """
        A key in quotes is not followed by ':'.

        Example: "title" さくら子ども食堂
        Fix: "title": さくら子ども食堂 (or simply title: さくら子ども食堂).
        """)

    public static let keyMissingBeforeColon = Message("CS1122", .error,
        ja: "「:」の前にキーがありません",
        en: "missing key before ':'",
        hint: Hint(ja: "「:」の前にキーの名前（title など）を書いてください", en: "write the key name before ':'"),
        explainJa: """
        行が「:」で始まっていて、何の項目か分かりません。

        例: 「: さくら子ども食堂」
        直し方: 「title: さくら子ども食堂」のようにキーを書きます。
        """,
        explainEn: """
        The line starts with ':', so it names no key.

        Example: : さくら子ども食堂
        Fix: title: さくら子ども食堂
        """)

    /// `{char}`.
    public static let keyBadStart = Message("CS1123", .error,
        ja: "キーを「{char}」で始めることはできません",
        en: "a key cannot start with '{char}'",
        hint: Hint(ja: "「キー: 値」の形で書いてください。記号で始まるキーは引用符（\" や '）で囲みます",
                   en: "write 'key: value', and put a key with unusual characters in quotes"),
        explainJa: """
        キーの最初の文字が [ { | > # などの記号です。これらは特別な意味を持つので、キーの先頭には書けません。

        例: 「[お知らせ]: 休館日」
        直し方: 「notice: 休館日」のように、決まったキーを書きます。
        """,
        explainEn: """
        The key starts with a character that has a meaning of its own ([ { | > # …).

        Example: [notice]: closed
        Fix: write a plain key, e.g. notice: closed.
        """)

    public static let quotedKeyOnOneLine = Message("CS1124", .error,
        ja: "引用符で囲んだキーは1行に書きます",
        en: "a quoted key must be on a single line",
        hint: Hint(ja: "行の終わりまでに引用符を閉じてください", en: "close the quote before the end of the line"),
        explainJa: """
        引用符（" や '）で始めたキーが、次の行まで続いています。

        例: 「"title」の次の行に「": さくら」
        直し方: 「"title": さくら」のように1行で閉じます。
        """,
        explainEn: """
        A key in quotes goes on to the next line; keys are written on one line.

        Fix: close the quote on the same line, e.g. "title": さくら.
        """)

    public static let keyOnOneLine = Message("CS1125", .error,
        ja: "キーは1行に書きます",
        en: "a key must be on a single line",
        hint: Hint(ja: "キーを1行にまとめるか、引用符で囲んで1行に書いてください",
                   en: "join the key's lines, or put the key in quotes on one line"),
        explainJa: """
        何行かにわたる文字の後に「: 」があり、全体がキーのように読めてしまいます。値の続きの行に「: 」を
        書いたときによく起きます。

        例: 「summary: 子ども食堂です。」の次の行に「  開催日: 毎月第2土曜日」
        直し方: 値の中の「: 」をやめて「開催日は毎月第2土曜日」とするか、値全体を引用符で囲みます。
        """,
        explainEn: """
        Text over several lines is followed by ': ', so it reads as a key; it happens when a continued
        value holds ': '.

        Fix: keep keys on one line, and put a value holding ': ' in quotes.
        """)

    public static let mergeKey = Message("CS1126", .error,
        ja: "「<<」（ほかの値を取り込む書き方）は使えません",
        en: "merge keys ('<<') are not supported",
        hint: Hint(ja: "取り込むつもりのキーと値を、1つずつ書いてください", en: "write the keys out in full"),
        explainJa: """
        「<<:」は YAML でほかの値をまとめて取り込む書き方ですが、civicsite では使えません。

        直し方: 取り込むつもりだったキーと値を、それぞれそのまま書きます。
        """,
        explainEn: """
        '<<:' merges another mapping in some YAML tools; civicsite does not support it.

        Fix: write each key and value out.
        """)

    /// `{key}`; the hint's `{line}`: where it was set first.
    public static let duplicateKey = Message("CS1127", .error,
        ja: "キー「{key}」が2回書かれています",
        en: "duplicate key '{key}'",
        hint: Hint(ja: "「{key}」は{line}行目にもあります。どちらか1つにしてください", en: "'{key}' is already set on line {line}"),
        explainJa: """
        同じまとまりの中に、同じキーが2回あります。後の値で前の値が黙って置き換わらないよう、エラーにしています。

        例: 2行目と8行目の両方に「title: …」がある
        直し方: どちらの値が正しいか確かめて、もう一方の行を消します。
        """,
        explainEn: """
        The same key appears twice in one mapping; the second would silently replace the first.

        Fix: keep the right value and delete the other line.
        """)

    public static let listItemWhereKeyExpected = Message("CS1128", .error,
        ja: "「キー: 値」の行が来るところに「- 」で始まる行があります",
        en: "a list item where a 'key: value' line was expected",
        hint: Hint(ja: "一覧はキーの下に書きます。「キー:」だけの行の次に「- 項目」の行を並べてください",
                   en: "put the list under a key: 'key:' on one line, then the '- item' lines"),
        explainJa: """
        「- 」で始まる一覧の行が、どのキーにも属していません。

        例: 「title: さくら」の次に「- 防災」
        直し方: 「tags:」の行を入れ、その下に「- 防災」を書きます。
        """,
        explainEn: """
        A '- item' line belongs to no key.

        Example: title: さくら, then - 防災
        Fix: add a key line such as 'tags:' above the items.
        """)

    public static let topLevelList = Message("CS1129", .error,
        ja: "ファイルの先頭の --- と --- の間は「キー: 値」の行で書きます。「- 」で始まる一覧だけでは書けません",
        en: "front matter must be 'key: value' lines, not a list",
        hint: Hint(ja: "一覧はキーの下に書きます。例: 「tags:」の行の次に「- 防災」のような行を並べてください",
                   en: "put the list under a key: 'items:' on one line, then the '- item' lines"),
        explainJa: """
        項目全体が「- 」で始まる一覧になっています。項目は「キー: 値」の行で書き、一覧はキーの下に置きます。

        例: 「- 防災」「- 子育て」だけの項目
        直し方: 「tags:」の行を入れて、その下に一覧を書きます。
        """,
        explainEn: """
        The whole front matter is a list; it must be 'key: value' lines, with lists under a key.

        Fix: add a key line such as 'tags:' above the items.
        """)

    /// `{key}`; the hint's `{fixed}`: the line as it should be.
    public static let fullWidthColon = Message("CS1130", .error,
        ja: "「{key}」の後の「：」が全角のコロンです",
        en: "full-width colon '：' after '{key}'",
        hint: .writeFixedLine,
        explainJa: """
        キーの後の「:」が、日本語入力のままの全角「：」になっています。全角のコロンでは項目として読めません。

        例: 「area： 本町地区」
        直し方: 半角の「:」と半角スペースにして「area: 本町地区」と書きます。
        """,
        explainEn: """
        The colon after the key is the full-width '：' a Japanese input method gives, which does not end
        a key.

        Example: area： 本町地区
        Fix: area: 本町地区
        """)

    /// `{line}`: the line as written; the hint's `{fixed}`.
    public static let noSpaceAfterColon = Message("CS1131", .error,
        ja: "「{line}」の「:」の後に半角スペースがありません",
        en: "no space after ':' in '{line}'",
        hint: .writeFixedLine,
        explainJa: """
        キーの後の「:」と値の間に、半角スペースがありません。スペースがないと、行全体が1つの文字として読まれます。

        例: 「area:本町地区」
        直し方: 「area: 本町地区」と、「:」の後に半角スペースを入れます。
        """,
        explainEn: """
        There is no space between the ':' after the key and the value, so the whole line reads as one text.

        Example: area:本町地区
        Fix: area: 本町地区
        """)

    /// `{character}`: `Term.character`; `{line}`; the hint's `{fixed}`.
    public static let invisibleAfterColon = Message("CS1132", .error,
        ja: "「{line}」の「:」の後が{character}です",
        en: "'{line}' has {character} after ':'",
        hint: .halfWidthSpaceAfterColon,
        explainJa: """
        キーの後の「:」の次が、半角スペースに見えて実は別の文字（全角スペース、ノーブレークスペース、ゼロ幅スペースなど）です。
        ホームページやワープロから貼り付けたときに入りやすく、画面では見分けられません。

        例: 「area:　本町地区」（「:」の後が全角スペース）
        直し方: 「:」の後の空白を消して、半角スペースを1つ打ち直します（area: 本町地区）。
        """,
        explainEn: """
        The character after the key's ':' looks like a space but is another one (a full-width space, a
        no-break space, a zero-width space …), often pasted from a web page or a word processor.

        Fix: delete it and type one half-width space after ':', e.g. area: 本町地区.
        """)

    /// `{key}` as written, `{character}`; the hint's `{clean}`.
    public static let invisibleInKey = Message("CS1133", .error,
        ja: "キー「{key}」に{character}が入っています",
        en: "the key '{key}' contains {character}",
        hint: Hint(ja: "キーを「{clean}」と打ち直してください", en: "retype the key as '{clean}'"),
        explainJa: """
        キーの中に、目に見えない文字（ノーブレークスペース、ゼロ幅スペース、BOM など）や全角スペースが入っています。
        見た目は正しいキーでも、別のキーとして扱われ、値が使われません。

        例: 「title : さくら」の空白が、貼り付けたノーブレークスペース
        直し方: キーを消して、半角で打ち直します（title: さくら）。
        """,
        explainEn: """
        The key holds a character that cannot be seen (a no-break space, a zero-width space, a byte order
        mark …) or a full-width space; it looks right but is another key, whose value would not be used.

        Fix: delete the key and type it again in half-width letters.
        """)
}

extension Hint {
    /// For a `[` or `{` starting a key inside braces.
    public static let collectionAsKey = Hint(ja: "[ ] や { } はキーにできません。文字のキーを書いてください",
                                             en: "collections cannot be keys; use a plain or quoted key")
    /// `{fixed}`: the whole line as it should be written.
    public static let writeFixedLine = Hint(ja: "半角の「:」と半角スペースで「{fixed}」と書いてください",
                                            en: "write '{fixed}'")
    /// `{fixed}`.
    public static let halfWidthSpaceAfterColon = Hint(ja: "「:」の後を半角スペースにしてください: 「{fixed}」",
                                                      en: "write a half-width space after ':': '{fixed}'")
    /// `{key}`: for a line too long to be shown whole.
    public static let halfWidthColonAfterKey = Hint(ja: "「{key}」の後を、半角の「:」と半角スペースにしてください",
                                                    en: "write a half-width ':' followed by a space after '{key}'")
}
