/// Kinds of value: the CS21xx messages.
extension Message {
    /// `{key}`, `{found}` a `Term.valueKind`.
    public static let notText = Message("CS2101", .error,
        ja: "「{key}」には文字を書きます（書かれているのは{found}です）",
        en: "'{key}' must be text, found {found}",
        explainJa: """
        このキーには1つの文字（題名や説明など）を書きます。そこに一覧（「- 」で始まる行）や、字下げした「キー: 値」の行が書かれています。

        例:
        title:
          - さくら子ども食堂
        直し方: 1行で「title: さくら子ども食堂」と書きます。
        """,
        explainEn: """
        The key takes one text (a title, a description), but a list or indented 'key: value'
        lines were written under it.

        Example: 'title:' followed by '  - さくら子ども食堂'.
        Fix: write it on one line: title: さくら子ども食堂
        """)

    /// `{key}`, `{found}`.
    public static let notList = Message("CS2102", .error,
        ja: "「{key}」には一覧を書きます（書かれているのは{found}です）",
        en: "'{key}' must be a list, found {found}",
        hint: .listForm,
        explainJa: """
        このキーには一覧を書きます。半角のかっこで [a, b] と1行に書くか、次の行から「- 」で始めて1つずつ書きます。

        例: fields: {a: children}
        直し方: fields: [children, environment] または
        fields:
          - children
          - environment
        """,
        explainEn: """
        The key takes a list: [a, b] on one line with half-width brackets, or one '- item' line
        per item below the key.

        Example: fields: {a: children}
        Fix: fields: [children, environment], or '- children' and '- environment' on lines of their own.
        """)

    /// `{key}`.
    public static let emptyListItem = Message("CS2103", .error,
        ja: "「{key}」の一覧に空の項目があります",
        en: "'{key}' has an empty item",
        hint: Hint(ja: "「- 」の後に値を書くか、その行を消してください", en: "write a value after '- ', or remove the line"),
        explainJa: """
        一覧の中に、値のない項目（「- 」だけの行や [a, , b] の空いたところ）があります。

        例:
        tags:
          - 食
          -
        直し方: 「- 」の後に値を書くか、空の行を消します。
        """,
        explainEn: """
        A list has an item with no value: a '-' line with nothing after it, or an empty place
        in [a, , b].

        Example: 'tags:' with the lines '  - 食' and '  -'.
        Fix: write the item after '- ', or remove the empty line.
        """)

    /// `{key}`, `{found}`.
    public static let notKeyValueLines = Message("CS2104", .error,
        ja: "「{key}」の下には「キー: 値」の行を字下げして書きます（書かれているのは{found}です）",
        en: "'{key}' must be a mapping of 'key: value' lines, found {found}",
        explainJa: """
        contact: や recruiting: のようなキーは、その下に字下げした「キー: 値」の行を持ちます。そこに1つの値や一覧が書かれています。

        例: contact: info@sakura.example.jp
        直し方:
        contact:
          email: info@sakura.example.jp
        """,
        explainEn: """
        Keys such as contact: and recruiting: hold indented 'key: value' lines; a single value or a
        list was written instead.

        Example: contact: info@sakura.example.jp
        Fix: 'contact:' and below it, indented, 'email: info@sakura.example.jp'.
        """)

    /// `{key}`, `{found}`.
    public static let notTrueOrFalse = Message("CS2105", .error,
        ja: "「{key}」には true か false を書きます（書かれているのは{found}です）",
        en: "'{key}' must be true or false, found {found}",
        hint: .trueOrFalse,
        explainJa: """
        「はい・いいえ」のキーには、半角で true（はい）か false（いいえ）を書きます。はい、有、○ などは読めません。

        例: volunteers: はい
        直し方: volunteers: true（募集していないなら false）
        """,
        explainEn: """
        Yes/no keys take true or false in half-width letters; words such as はい, 有 or ○ are not read.

        Example: volunteers: はい
        Fix: volunteers: true (or false).
        """)

    /// `{noun}` a `Term` (group type …), `{value}`, `{expected}` a list of `label (id)`.
    public static let unknownChoice = Message("CS2106", .error,
        ja: "「{value}」は{noun}にありません。使えるのは {expected} です",
        en: "unknown {noun} '{value}', expected one of: {expected}",
        explainJa: """
        決まった選択肢から選ぶキーに、どれにも当たらない値が書かれています。日本語の名前と英語の id の
        どちらでも書けます（全角でも読めます）。

        例: type: 任意団
        直し方: type: 任意団体（または voluntary）
        """,
        explainEn: """
        A key with a fixed set of choices has a value that is none of them. Either the Japanese
        label or the id may be written.

        Example: type: 任意団
        Fix: type: 任意団体 (or voluntary).
        """)

    /// `{key}`, `{how}` a `Term.separatedWith` or `Term.inFullWidthBrackets`; hint `{items}`, `{line}`.
    public static let listWrittenAsOneText = Message("CS2107", .warning,
        ja: "「{key}」が{how}ひとつの文字になっています",
        en: "'{key}' is one text {how}",
        hint: .severalItems,
        explainJa: """
        タグを「、」で区切ったり全角の［ ］で囲んだりすると、一覧ではなく1つのタグになります。
        1つのタグに「、」を入れたいこともあるので、警告だけにしています。

        例: tags: 理科実験、夏休み
        直し方: tags: [理科実験, 夏休み]（半角のかっことコンマ）。1つのタグのままにするなら "読む、書く" のように引用符で囲みます。
        """,
        explainEn: """
        Tags separated with 、 or put in full-width brackets ［ ］ are one tag, not a list. One tag
        may really contain 、, so this is only a warning.

        Example: tags: 理科実験、夏休み
        Fix: tags: [理科実験, 夏休み] with half-width brackets and commas; quote the text ("読む、書く")
        to keep it as one tag.
        """)

    /// `{key}`, `{how}`, `{value}`; hint `{items}`, `{line}`.
    public static let listItemWrittenAsText = Message("CS2108", .warning,
        ja: "「{key}」の項目「{value}」が{how}ひとつの文字になっています",
        en: "'{key}' has an item {how}: '{value}'",
        hint: .severalItems,
        explainJa: """
        一覧の中の1つの項目が「、」で区切られていて、いくつものタグを1つにまとめているようです。

        例: tags: [理科実験、夏休み, 子ども]
        直し方: tags: [理科実験, 夏休み, 子ども]
        """,
        explainEn: """
        One item of the list has 、 in it and looks like several tags run together.

        Example: tags: [理科実験、夏休み, 子ども]
        Fix: tags: [理科実験, 夏休み, 子ども]
        """)

    /// `{key}`, `{separator}` a `Term.character`.
    public static let severalLinksInOneText = Message("CS2109", .error,
        ja: "「{key}」に、いくつものアドレスが{separator}で区切って1つの文字として書かれています",
        en: "'{key}' is one text with {separator}",
        hint: Hint(ja: "1行に1つずつ「- https://…」の形で書いてください", en: "write one url per line as '- https://…'"),
        explainJa: """
        SNS のアドレスを1行にまとめて書いています。1つのアドレスとしては読めないので、リンクになりません。

        例: sns: https://sns.example.jp/a, https://sns.example.jp/b
        直し方:
          sns:
            - https://sns.example.jp/a
            - https://sns.example.jp/b
        """,
        explainEn: """
        Several links were written as one text; as one address it is not a link at all.

        Example: sns: https://sns.example.jp/a, https://sns.example.jp/b
        Fix: 'sns:' followed by one '- https://…' line per link.
        """)

    /// `{found}` a `Term.valueKind`, or the value in quotes.
    public static let onlineNotTrueFalseOrLink = Message("CS2110", .error,
        ja: "「online」には true、false、または配信のアドレス（https://…）を書きます（書かれているのは{found}です）",
        en: "'online' must be true, false or a url, found {found}",
        hint: .onlineForm,
        explainJa: """
        オンラインで開くイベントなら online: true、配信のページがあればそのアドレスを書きます。
        はい、Zoom などの言葉は読めません。

        例: online: はい
        直し方: online: true（配信のアドレスがあれば online: https://meet.example.jp/abc）
        """,
        explainEn: """
        online takes true for an online event, false, or the address of the stream. Words such as
        はい or Zoom are not read.

        Example: online: はい
        Fix: online: true, or online: https://meet.example.jp/abc
        """)
}

extension Hint {
    /// `{lineKey}` the key as on its line.
    public static let listForm = Hint(ja: "「{lineKey}: [a, b]」のように書くか、1行に1つずつ「- 」で始めて書いてください",
                                      en: "write '{lineKey}: [a, b]' or one '- item' line per item")
    /// `{lineKey}`.
    public static let trueOrFalse = Hint(ja: "「{lineKey}: true」または「{lineKey}: false」と書いてください",
                                         en: "write '{lineKey}: true' or '{lineKey}: false'")
    /// `{items}` what the list holds (`Term.tags`), `{line}`.
    public static let severalItems = Hint(ja: "いくつもの{items}にするには「{line}」と書いてください", en: "for several {items} write '{line}'")
    /// `{line}`.
    public static let halfWidthBrackets = Hint(ja: "半角のかっこで「{line}」と書いてください", en: "write '{line}' with half-width brackets")
    public static let onlineForm = Hint(ja: "「online: true」と書くか、https:// から始まる配信のアドレスを書いてください",
                                        en: "write 'online: true', or the address of the stream starting with https://")
    /// `{line}`: `online: true`.
    public static let onlineTrue = Hint(ja: "「{line}」と書いてください（配信のアドレスがあれば https:// から始まるアドレスを書きます）",
                                        en: "write '{line}' (or the address of the stream, starting with https://)")
}

extension Term {
    /// `{how}`: `with '、'`.
    public static func separatedWith(_ separator: String) -> MessageArgument {
        .phrase(LocalizedText(ja: "{separator}で区切った", en: "with {separator}"), ["separator": character(separator)])
    }

    public static let inFullWidthBrackets = LocalizedText(ja: "全角のかっこ「［ ］」で囲んだ", en: "in full-width brackets '［ ］'")

    /// What a list holds, for `{items}`.
    public static let tags = LocalizedText(ja: "タグ", en: "tags")
    public static let fields = LocalizedText(ja: "活動分野", en: "fields")
    public static let groups = LocalizedText(ja: "団体", en: "groups")
    public static let groupTypes = LocalizedText(ja: "組織形態", en: "group types")

    /// The closed sets of values, for `{noun}` of `unknownChoice`.
    public static let groupType = LocalizedText(ja: "組織形態（type）", en: "group type")
    public static let grantKind = LocalizedText(ja: "助成の種類（kind）", en: "grant kind")
    public static let collaborationForm = LocalizedText(ja: "協働の形態（form）", en: "collaboration form")
    public static let evaluationAspect = LocalizedText(ja: "評価の観点", en: "evaluation aspect")

    /// `{found}` when a value is shown: 「はい」 / 'はい'.
    public static func written(_ text: String) -> MessageArgument {
        .phrase(LocalizedText(ja: "「{value}」", en: "'{value}'"), ["value": .text(text)])
    }
}

extension Catalogue {
    static let valueKinds: [Message] = [
        .notText, .notList, .emptyListItem, .notKeyValueLines, .notTrueOrFalse, .unknownChoice, .listWrittenAsOneText,
        .listItemWrittenAsText, .severalLinksInOneText, .onlineNotTrueFalseOrLink,
    ]
}
