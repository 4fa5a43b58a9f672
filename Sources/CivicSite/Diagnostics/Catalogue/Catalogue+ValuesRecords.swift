/// Rules of one kind of record: the CS25xx messages.
extension Message {
    /// `{key}`, `{value}`.
    public static let readingNotInKana = Message("CS2501", .warning,
        ja: "「{key}」はひらがなかカタカナで書きます（書かれた値:「{value}」）",
        en: "'{key}' should be written in hiragana or katakana, found '{value}'",
        hint: .readingForm,
        explainJa: """
        団体の読み（kana:）は、五十音順の一覧で並べるのに使います。漢字や英字が入っていると正しく並びません。
        団体はそのまま公開されるので、警告だけにしています。英字の略称は「あいてぃー」のように読みを書きます。

        例: kana: ITさろん
        直し方: kana: あいてぃーさろん
        """,
        explainEn: """
        A group's reading (kana:) orders the 五十音 index; kanji or Latin letters put it in the
        wrong place. The group is still published, so this is a warning. Spell acronyms out (あいてぃー).

        Example: kana: ITさろん
        Fix: kana: あいてぃーさろん
        """)

    /// `{key}`.
    public static let noActivityField = Message("CS2502", .error,
        ja: "「{key}」に活動分野を1つ以上書きます",
        en: "'{key}' must name at least one activity field",
        hint: Hint(ja: "例: fields: [children]", en: "e.g. 'fields: [children]'"),
        explainJa: """
        団体には、少なくとも1つの活動分野が必要です。分野ごとの一覧や検索に使われます。

        例: fields: []
        直し方: fields: [children, 5] のように、分野の id、番号、名前、短い名前で書きます。
        """,
        explainEn: """
        A group needs at least one activity field; the field pages and the search use them.

        Example: fields: []
        Fix: fields: [children, 5] (ids, numbers, names or short names).
        """)

    /// `{key}` (`recruiting.note`).
    public static let recruitingNoteNotShown = Message("CS2503", .warning,
        ja: "「{key}」はサイトに載りません。「members」も「volunteers」も true になっていません",
        en: "'{key}' is not published: neither 'members' nor 'volunteers' is true",
        hint: Hint(ja: "recruiting: の下に「volunteers: true」か「members: true」を書くか、募集していなければ note の行を消してください",
                   en: "write 'volunteers: true' or 'members: true' under 'recruiting:', or remove the note"),
        explainJa: """
        募集の説明（recruiting: の note:）は、会員かボランティアを募集しているとき（members: か volunteers: が true のとき）だけ
        「メンバー・ボランティア募集」の欄に出ます。どちらも書かれていないか false なので、説明は表示されません。

        例:
        recruiting:
          note: 調理ボランティアを募集しています
        直し方: 「  volunteers: true」の行を加えます。募集していなければ note の行を消します。
        """,
        explainEn: """
        The recruiting note is shown in the recruiting section only while the group recruits
        (members: or volunteers: is true). Neither is, so the note is not shown.

        Example: 'recruiting:' with only 'note: 調理ボランティアを募集しています'.
        Fix: add '  volunteers: true', or remove the note if the group is not recruiting.
        """)

    /// `{value}`.
    public static let slugNotValid = Message("CS2504", .error,
        ja: "「slug」には半角の小文字の英字、数字、ハイフン（-）だけを使います（書かれた値:「{value}」）",
        en: "'slug' must use lowercase ascii letters, digits and hyphens, found '{value}'",
        hint: .slugForm,
        explainJa: """
        slug はページのアドレスの最後の部分になります（/groups/sakura-kodomo-shokudo/）。どのコンピューターでも
        同じに扱えるよう、半角の小文字の英字、数字、ハイフンだけで書きます。

        例: slug: Sakura Kitchen
        直し方: slug: sakura-kitchen
        """,
        explainEn: """
        The slug is the last part of the page's address (/groups/sakura-kodomo-shokudo/); only
        lowercase ASCII letters, digits and hyphens are safe everywhere.

        Example: slug: Sakura Kitchen
        Fix: slug: sakura-kitchen
        """)

    /// `{file}`; hint `{slug}`.
    public static let fileNameNotASlug = Message("CS2505", .error,
        ja: "ファイル名「{file}」はページのアドレス（スラッグ）に使えません",
        en: "file name '{file}' is not a valid slug",
        hint: .slugLineForm,
        explainJa: """
        記録のファイル名（.md の前）が、そのままページのアドレスになります。日本語や大文字、空白は使えません。
        ヒントには題名（団体なら読み）から作ったローマ字の名前が出ます。ファイル名を変えるか、slug: の行を加えます。

        例: content/groups/さくら子ども食堂.md
        直し方: ファイル名を sakura-kodomo-shokudo.md に変えるか、項目に「slug: sakura-kodomo-shokudo」の行を加えます。
        """,
        explainEn: """
        A record's file name (before .md) becomes its address; Japanese characters, capitals and
        spaces cannot be used. The hint suggests a romanized name made from the title (for groups,
        with the reading). Rename the file, or add a slug: line.

        Example: content/groups/さくら子ども食堂.md
        Fix: rename it sakura-kodomo-shokudo.md, or add the line 'slug: sakura-kodomo-shokudo'.
        """)
}

extension Hint {
    public static let readingForm = Hint(ja: "読みをひらがなかカタカナで書いてください。五十音順の並びに使われます",
                                         en: "write the reading in hiragana or katakana; it orders the 五十音 index")
    /// `{line}`.
    public static let readingInKana = Hint(ja: "読みをかなで「{line}」と書いてください", en: "write the reading in kana: '{line}'")
    public static let slugForm = Hint(ja: "半角の小文字の英字、数字、ハイフンで書いてください（例: slug: kodomo-shokudo）",
                                      en: "use lowercase ascii letters, digits and hyphens, e.g. 'slug: my-group'")
    /// `{slug}`.
    public static let renameOrAddSlug = Hint(ja: "ファイル名を「{slug}.md」に変えるか、「slug: {slug}」の行を加えてください",
                                             en: "rename the file to '{slug}.md', or add a line 'slug: {slug}'")
    public static let slugLineForm = Hint(
        ja: "題名のローマ字などを半角の小文字の英字、数字、ハイフンで書いた「slug: 」の行を加えてください（例: slug: kodomo-shokudo）",
        en: "add a line 'slug: …' with lowercase ascii letters, digits and hyphens, e.g. the title in romaji ('slug: kodomo-shokudo')")
}

extension Catalogue {
    static let valueRecords: [Message] = [
        .readingNotInKana, .noActivityField, .recruitingNoteNotShown, .slugNotValid, .fileNameNotASlug,
    ]
}
