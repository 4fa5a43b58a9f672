/// Keys of a record: the CS20xx messages.
extension Message {
    /// `{found}` a `Term.valueKind`.
    public static let frontMatterNotKeyValueLines = Message("CS2001", .error,
        ja: "項目（--- と --- の間）は「キー: 値」の行で書きます（書かれているのは{found}です）",
        en: "the front matter must be a list of 'key: value' lines, found {found}",
        hint: .omitted,
        explainJa: """
        記録の項目は、ファイルの最初の --- と次の --- の間に「キー: 値」の行で書きます。
        そこに文章だけや「- 」で始まる行だけが書かれていて、どのキーも読めません。

        例:
        ---
        さくら子ども食堂
        ---
        直し方: 1行に「キー: 値」を1つずつ書きます。
        ---
        title: さくら子ども食堂
        kana: さくらこどもしょくどう
        ---
        """,
        explainEn: """
        A record's details go between the first two --- lines, one 'key: value' per line. Here
        that part is a plain text or a list, so no key can be read.

        Example: a line 'さくら子ども食堂' alone between the --- lines.
        Fix: write 'title: さくら子ども食堂', 'kana: さくらこどもしょくどう' and so on, one per line.
        """)

    /// `{key}`, `{example}` for the hint.
    public static let missingKey = Message("CS2002", .error,
        ja: "必要なキー「{key}」がありません",
        en: "missing required key '{key}'",
        hint: .addLine,
        explainJa: """
        この種類の記録に欠かせないキーが書かれていません。キーがないと一覧やページに出せないため、エラーになります。
        問題はファイルの始め（1行目）に表示されます。

        例: イベントのファイルに start: の行がない
        直し方: 表示された例のような行を --- と --- の間に加えます（start: 2026-12-05 10:00 など、値は実際のものにします）。
        """,
        explainEn: """
        A key this kind of record cannot do without is not there; the record cannot be listed or
        shown without it. The problem is shown at the start of the file.

        Example: an event file with no start: line.
        Fix: add a line like the one in the hint between the --- lines, with the real value.
        """)

    /// `{key}`, `{parent}` the mapping (`centre`), `{example}` for the hint.
    public static let missingKeyInMapping = Message("CS2003", .error,
        ja: "「{parent}」の中に必要なキー「{key}」がありません",
        en: "missing required key '{key}' in '{parent}'",
        hint: .addLine,
        explainJa: """
        「centre:」のように下に字下げした行を持つキーの中で、欠かせないキーが書かれていません。

        例: site.yml の centre: の下に phone: の行がない
        直し方: centre: の下に、ほかの行と同じだけ字下げして「  phone: 000-000-0000」のような行を加えます。
        """,
        explainEn: """
        A key that holds indented lines (such as centre:) lacks one of the keys it needs.

        Example: site.yml has no phone: line under centre:.
        Fix: add it under centre:, indented like the other lines, e.g. '  phone: 000-000-0000'.
        """)

    /// `{key}`, `{example}` for the hint.
    public static let emptyRequiredValue = Message("CS2004", .error,
        ja: "「{key}」の値が空です",
        en: "'{key}' must not be empty",
        hint: .writeValue,
        explainJa: """
        欠かせないキーの行はありますが、値が書かれていないか、空白や "" だけです。
        空のままだと、見出しや一覧に何も表示されません。

        例: title:
        直し方: 「title: さくら子ども食堂」のように、コロンと半角スペースの後に値を書きます。
        """,
        explainEn: """
        The line of a required key is there but its value is empty, blank or "". An empty title
        would show an empty heading.

        Example: title:
        Fix: write the value after the colon and a space, e.g. 'title: さくら子ども食堂'.
        """)

    /// `{key}`; hint `{keys}` the known keys.
    public static let unknownKey = Message("CS2010", .warning,
        ja: "「{key}」というキーは使われません（値はサイトに載りません）",
        en: "unknown key '{key}'",
        hint: .knownKeys,
        explainJa: """
        この種類の記録では使われないキーです。どの既知のキーにも似ていないので、職員のメモとみなして警告だけにします。
        値はサイトには載りません。

        例: groups の記録に「memo: 来年度に連絡する」
        直し方: メモなら消すか、そのままにします。載せたい情報なら、ヒントにある使えるキーから選んで書き換えます。
        """,
        explainEn: """
        A key this kind of record does not use. It is not close to any known key, so it is taken
        for a note of the staff and only warned about; its value is not published.

        Example: 'memo: 来年度に連絡する' in a group.
        Fix: remove it or leave it as a note; to publish the information, use one of the keys listed.
        """)

    /// `{key}`, `{near}` the known key.
    public static let misspeltKey = Message("CS2011", .error,
        ja: "「{key}」というキーはありません。このままでは値がサイトに載りません",
        en: "unknown key '{key}': its value would not be published",
        hint: .didYouMean,
        explainJa: """
        キーが、使えるキーの書き間違いのようです（1〜2文字の抜けや入れ替わり、organiser と organizer のような
        イギリス式とアメリカ式のつづりの違い、大文字）。このままでは会場や主催、募集の表示などが黙って
        ページから消えてしまうので、エラーにします。

        例: venu: みどり市市民活動センター
        直し方: ヒントのキーに書き直します（venue: みどり市市民活動センター）。
        """,
        explainEn: """
        The key looks like a known key written wrongly (a letter missing, added or swapped,
        British for American spelling such as organiser, capitals). Its value — the venue, the
        organisers, the recruiting badge — would silently vanish from the page, so it is an error.

        Example: venu: みどり市市民活動センター
        Fix: write the key of the hint: venue: みどり市市民活動センター
        """)

    /// `{key}`, `{near}` the key in half-width letters.
    public static let fullWidthKey = Message("CS2012", .error,
        ja: "キー「{key}」が全角の文字で書かれています。このままでは値がサイトに載りません",
        en: "key '{key}' is written in full-width letters: its value would not be published",
        hint: .halfWidthKey,
        explainJa: """
        日本語入力のままキーを打つと、ａｕｄｉｅｎｃｅ のような全角の英字になります。キーは半角で書かないと
        読まれず、値がページから消えてしまうため、エラーにします。

        例: ａｕｄｉｅｎｃｅ: 小学生とその保護者
        直し方: 日本語入力を切って半角で書きます（audience: 小学生とその保護者）。
        """,
        explainEn: """
        A key typed with a Japanese input method on comes out in full-width letters
        (ａｕｄｉｅｎｃｅ). Keys are only read in half-width letters, so the value would vanish.

        Example: ａｕｄｉｅｎｃｅ: 小学生とその保護者
        Fix: type the key in half-width letters: audience: 小学生とその保護者
        """)

    /// `{key}`, `{near}` the English key.
    public static let japaneseKey = Message("CS2013", .error,
        ja: "キー「{key}」は読まれません。キーは英語で「{near}」と書きます",
        en: "key '{key}' is not read: keys are written in English, here '{near}'",
        hint: .englishKey,
        explainJa: """
        キーは英語の決まった名前で書きます。申込書の項目名のような日本語のキーは読まれず、値がページに載りません。

        例: 会場: みどり市市民活動センター
        直し方: 英語のキーに書き換えます（venue: みどり市市民活動センター）。値は日本語のままで構いません。
        """,
        explainEn: """
        Keys have fixed English names. A Japanese key such as the label on a paper form is not
        read, and its value would not be published.

        Example: 会場: みどり市市民活動センター
        Fix: use the English key, keeping the value: venue: みどり市市民活動センター
        """)

    /// `{key}`, `{near}` the key inside `{parent}`.
    public static let keyOfAMapping = Message("CS2014", .error,
        ja: "キー「{key}」は「{parent}:」の下に書くキーです。このままでは値がサイトに載りません",
        en: "key '{key}' belongs under '{parent}:': its value would not be published",
        hint: Hint(ja: "「{parent}:」の行の下に、字下げして「  {near}: …」と書いてください",
                   en: "move it under the '{parent}:' line, indented: '  {near}: …'"),
        explainJa: """
        団体の連絡先（email、phone、url など）は contact: の下に、募集の説明は recruiting: の下に、センターの連絡先は
        site.yml の centre: の下に、字下げして書きます。一番左に書くと読まれず、値がページに載りません。

        例:
        email: info@sakura.example.jp
        直し方:
        contact:
          email: info@sakura.example.jp
        """,
        explainEn: """
        A group's contact details (email, phone, url …) go under contact:, the recruiting note under
        recruiting:, the centre's details in site.yml under centre:, indented. Written at the left
        margin they are not read, and the value would not be published.

        Example: email: info@sakura.example.jp at the left margin.
        Fix: 'contact:' and below it, indented, 'email: info@sakura.example.jp'.
        """)
}

extension Hint {
    /// `{example}`.
    public static let addLine = Hint(ja: "「{example}」のような行を加えてください", en: "add a line such as '{example}'")
    /// `{example}`.
    public static let writeValue = Hint(ja: "「{example}」のように値を書いてください", en: "write a value, e.g. '{example}'")
    /// `{keys}`.
    public static let knownKeys = Hint(ja: "使えるキー: {keys}", en: "known keys are: {keys}")
    /// `{near}`.
    public static let halfWidthKey = Hint(ja: "半角で「{near}」と書いてください", en: "write it in half-width letters: '{near}'")
    /// `{written}` the key as written, `{near}`.
    public static let englishKey = Hint(ja: "「{written}:」を「{near}:」に書き換えてください", en: "write '{near}:' instead of '{written}:'")
    /// For a missing `centre`.
    public static let centreLines = Hint(
        ja: "「centre:」の行を加え、その下に字下げして name:、address:、phone:、email:、hours: の行を書いてください",
        en: "add a 'centre:' line followed by indented 'name:', 'address:', 'phone:', 'email:' and 'hours:' lines")
    /// `{example}`, for a grant without a deadline.
    public static let deadlineOrRolling = Hint(
        ja: "「{example}」のような行を加えてください。随時受け付けるなら「rolling: true」と書きます",
        en: "add a line such as '{example}', or 'rolling: true' when applications are taken at any time (随時)")
}

extension Catalogue {
    static let valueKeys: [Message] = [
        .frontMatterNotKeyValueLines, .missingKey, .missingKeyInMapping, .emptyRequiredValue, .unknownKey, .misspeltKey,
        .fullWidthKey, .japaneseKey, .keyOfAMapping,
    ]
}
