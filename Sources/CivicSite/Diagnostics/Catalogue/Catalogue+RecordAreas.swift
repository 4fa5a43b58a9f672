/// Areas and related records: CS3080–CS3089.
extension Message {
    /// `{text}` as written; hints `{names}` every area, `{near}` the closest ones.
    public static let unknownArea = Message("CS3080", .error,
        ja: "「{text}」という地区はありません",
        en: "unknown area '{text}'",
        hint: Hint(ja: "site.yml の areas: にある地区を書いてください: {names}", en: "write one of the areas of site.yml: {names}"),
        explainJa: """
        site.yml に市の地区の一覧（areas:）があるときは、団体やイベントの area: にその中の地区を書きます。
        地区ごとのページは、この一覧から作られます。名前（本町地区）、「地区」を除いた名前（本町）、
        id（honcho）のどれでも書けます。市全体で活動するなら「市内全域」と書きます。

        例: area: 本町一丁目
        直し方: area: 本町地区（いくつもの地区なら area: [本町地区, 港地区]）
        """,
        explainEn: """
        When site.yml lists the city's areas (areas:), area: on groups and events names areas of that
        list, by name (本町地区), name without 地区 (本町) or id (honcho); 市内全域 is the whole city.
        The area pages are built from the list.

        Example: area: 本町一丁目
        Fix: area: 本町地区 (several: area: [本町地区, 港地区])
        """)

    /// `{text}` as written; hint `{kinds}`.
    public static let relatedNotKindAndSlug = Message("CS3081", .error,
        ja: "「{text}」は「種類/スラッグ」の形ではありません",
        en: "'{text}' is not written as kind/slug",
        hint: Hint(ja: "「groups/sakura」のように、記録の種類とスラッグを「/」でつないで書いてください。種類: {kinds}",
                   en: "write the kind of record and its slug joined by '/', e.g. 'groups/sakura'; the kinds are: {kinds}"),
        explainJa: """
        お知らせの related: には、関係する記録を「種類/スラッグ」の形で書きます。種類は content の中の
        フォルダーの名前（groups、events など）、スラッグはファイル名から .md を除いた名前です。

        例: related: [さくら子ども食堂]
        直し方: related: [groups/sakura-kodomo-shokudo]
        """,
        explainEn: """
        related: on a news item names records as kind/slug: the folder under content (groups, events …)
        and the file name without .md.

        Example: related: [さくら子ども食堂]
        Fix: related: [groups/sakura-kodomo-shokudo]
        """)

    /// `{text}` as written, `{kind}` a record kind term; hint `{near}` or `{folder}`.
    public static let unknownRelatedRecord = Message("CS3082", .error,
        ja: "{kind}に「{text}」はありません",
        en: "no record '{text}' among {kind}",
        hint: Hint(ja: "{folder} の中のファイル名から「.md」を除いた名前を書いてください",
                   en: "write the name of a file under {folder} without '.md'"),
        explainJa: """
        related: に書いた記録のファイルがありません。スラッグ（ファイル名から .md を除いた名前）の書き間違いか、
        ファイルの名前を変えたか消したのかもしれません。

        例: related: [groups/sakura-kodomo]（content/groups/sakura-kodomo-shokudo.md の団体）
        直し方: related: [groups/sakura-kodomo-shokudo]
        """,
        explainEn: """
        No file has the record named in related:; the slug (the file name without .md) is misspelt,
        or the file was renamed or removed.

        Example: related: [groups/sakura-kodomo]
        Fix: related: [groups/sakura-kodomo-shokudo]
        """)

    /// `{text}`, `{path}` the draft's file.
    public static let relatedDraft = Message("CS3083", .error,
        ja: "「{text}」は下書き（draft: true）です",
        en: "related record '{text}' is a draft",
        hint: Hint(ja: "公開するなら {path} の「draft: true」を消し、しないならこの行を消してください",
                   en: "publish it (remove 'draft: true' from {path}) or remove it from 'related'"),
        explainJa: """
        公開するお知らせの related: に、下書きの記録があります。下書きは公開されないので、リンクが切れてしまいます。

        直し方: その記録を公開する（draft: true の行を消す）か、related: から消します。
        """,
        explainEn: """
        A published news item relates to a draft record; drafts are not published, so the link would
        be dead.

        Fix: publish the record (remove draft: true) or remove it from related:.
        """)
}

extension Hint {
    /// `{near}` a list of the closest areas.
    public static let nearAreas = Hint(ja: "近い地区: {near}", en: "the closest areas are: {near}")
}

extension Term {
    public static let areas = LocalizedText(ja: "地区", en: "areas")
}

extension Catalogue {
    static let recordAreas: [Message] = [.unknownArea, .relatedNotKindAndSlug, .unknownRelatedRecord, .relatedDraft]
}
