/// References between records and rules between keys: CS3030–CS3099.
extension Message {
    /// `{slug}`, `{key}`.
    public static let groupListedTwice = Message("CS3030", .warning,
        ja: "団体「{slug}」が「{key}」に2回書かれています",
        en: "group '{slug}' is listed twice in '{key}'",
        hint: Hint(ja: "1つを消してください", en: "remove one of them"),
        explainJa: """
        organizers:（主催）や partners:（協働の相手）の一覧に、同じ団体が2回あります。ページには2回出てしまいます。
        別の団体を書くつもりだったのかもしれません。

        直し方: 1つを消すか、書きたかった団体のスラッグに直します。
        """,
        explainEn: """
        organizers: or partners: names one group twice; the page would list it twice, and the repeat is
        often a slip for another group.

        Fix: remove one, or write the group that was meant.
        """)

    /// `{slug}` as written; hints: `{near}`, `{bySlug}`.
    public static let unknownGroup = Message("CS3031", .error,
        ja: "「{slug}」という団体はありません",
        en: "unknown group '{slug}'",
        hint: Hint(ja: "団体のスラッグ（content/groups の中のファイル名から「.md」を除いたもの）を書いてください",
                   en: "write the slug of a group, the name of its file under groups/ without '.md'"),
        explainJa: """
        イベントの organizers: や協働事例の partners: には、団体をスラッグ（ファイル名から .md を除いた名前）で書きます。
        書かれた名前の団体のファイルがありません。団体名をそのまま書いた場合は、そのスラッグをヒントに示します。

        例: organizers: [さくら子ども食堂]
        直し方: organizers: [sakura-kodomo-shokudo]（content/groups/sakura-kodomo-shokudo.md の団体）
        """,
        explainEn: """
        organizers: and partners: name groups by slug (the file name without .md); no group file has
        this one. When the group's name was written instead, the hint gives its slug.

        Example: organizers: [さくら子ども食堂]
        Fix: organizers: [sakura-kodomo-shokudo]
        """)

    /// `{slug}`, `{path}` the draft's file.
    public static let referenceToDraft = Message("CS3032", .error,
        ja: "「{slug}」は下書き（draft: true）です",
        en: "'{slug}' is a draft",
        hint: Hint(ja: "公開するなら {path} の「draft: true」を消し、しないならこの参照を消してください",
                   en: "publish it (remove 'draft: true' from {path}) or remove the reference"),
        explainJa: """
        公開するページから、下書きの団体を参照しています。下書きは公開されないので、リンクが切れてしまいます。

        直し方: その団体を公開する（draft: true の行を消す）か、参照を消します。--drafts で下書きも含めて確認できます。
        """,
        explainEn: """
        A published record refers to a draft group; drafts are not published, so the link would be
        dead.

        Fix: publish the group (remove draft: true) or remove the reference.
        """)

    /// `{end}`, `{start}` date-time terms.
    public static let endBeforeStart = Message("CS3040", .error,
        ja: "終わり（end: {end}）が始まり（start: {start}）より前です",
        en: "'end' ({end}) is before 'start' ({start})",
        hint: Hint(ja: "時刻だけ（例: 「end: 16:00」）なら、始まりと同じ日の時刻になります",
                   en: "a time alone, e.g. 'end: 16:00', means the day the event starts"),
        explainJa: """
        イベントの end: が start: より前の日時です。多くは午前と午後の書き違い（16:00 を 4:00 と書く）か、日付の書き違いです。

        例: start: 2026-12-05 10:00 / end: 2026-12-05 08:00
        直し方: end: 18:00（同じ日なら時刻だけで書けます）
        """,
        explainEn: """
        The event's end: is before its start:, usually a 12/24-hour slip or a wrong date.

        Example: start: 2026-12-05 10:00 / end: 2026-12-05 08:00
        Fix: end: 18:00 (a time alone means the same day).
        """)

    /// `{applyBy}`, `{start}` date terms.
    public static let applyByAfterStart = Message("CS3041", .warning,
        ja: "申込締切（apply_by: {applyBy}）がイベントの始まり（{start}）より後です",
        en: "'apply_by' ({applyBy}) is after the event starts ({start})",
        hint: Hint(ja: "申込はふつうイベントの前に締め切ります。日付を確かめてください",
                   en: "applications usually close before the event"),
        explainJa: """
        申込の締切が、イベントの開始より後になっています。年や月の書き違いのことが多いです。

        直し方: apply_by: をイベントより前の日付に直します。当日まで受け付けるなら開始日を書きます。
        """,
        explainEn: """
        Applications close after the event has started; usually a wrong year or month.

        Fix: set apply_by: to a date before the event, or the start date itself.
        """)

    /// `{opens}`, `{deadline}` date terms.
    public static let opensAfterDeadline = Message("CS3042", .error,
        ja: "募集開始（opens: {opens}）が締切（deadline: {deadline}）より後です",
        en: "'opens' ({opens}) is after 'deadline' ({deadline})",
        hint: Hint(ja: "両方の日付の年を確かめてください", en: "check the year of both dates"),
        explainJa: """
        助成金の募集開始日が締切日より後です。年度をまたぐ募集で、年を書き違えることが多いです。

        例: opens: 2027-04-01 / deadline: 2026-05-31
        直し方: deadline: 2027-05-31
        """,
        explainEn: """
        The grant opens after its deadline, usually a wrong year in a call that spans the new fiscal
        year.

        Example: opens: 2027-04-01 / deadline: 2026-05-31
        Fix: deadline: 2027-05-31
        """)

    /// `{low}`, `{high}` yen amounts.
    public static let amountsReversed = Message("CS3043", .error,
        ja: "下限（amount_min: {low}）が上限（amount_max: {high}）より大きくなっています",
        en: "'amount_min' ({low}) is more than 'amount_max' ({high})",
        hint: Hint(ja: "金額は円の数字だけで書きます。例: 「amount_max: 300000」",
                   en: "amounts are whole yen, e.g. 'amount_max: 300000'"),
        explainJa: """
        助成額の下限が上限より大きくなっています。桁の書き違いや、上限と下限の取り違えが多いです。
        金額は円の数字だけで書きます（30万円なら 300000）。

        直し方: amount_min: 50000 / amount_max: 300000 のように直します。
        """,
        explainEn: """
        The lower amount is larger than the upper one, usually a digit slip or the two swapped. Amounts
        are whole yen (300000 for 30万円).

        Fix: e.g. amount_min: 50000 / amount_max: 300000.
        """)

    /// `{slug}`, `{reserved}`.
    public static let reservedPageSlug = Message("CS3050", .error,
        ja: "ページのスラッグ「{slug}」はサイトが使う名前です",
        en: "the page slug '{slug}' is used by the site itself",
        hint: Hint(ja: "ファイル名を変えるか、別の「slug:」を付けてください。使えない名前: {reserved}",
                   en: "rename the file or set another `slug:`; reserved: {reserved}"),
        explainJa: """
        content/pages のページは /スラッグ/ に置かれます。groups、events、search など、サイトが自分で使う
        フォルダーと同じ名前にはできません。

        例: content/pages/events.md
        直し方: content/pages/events-guide.md のように別の名前にします。
        """,
        explainEn: """
        Pages live at /slug/, beside the folders the site writes itself (groups, events, search …);
        a page cannot take one of those names.

        Example: content/pages/events.md
        Fix: another name, e.g. content/pages/events-guide.md.
        """)

    /// `{other}` the other file, `{what}` a term naming what they share.
    public static let copiedRecord = Message("CS3060", .warning,
        ja: "「{other}」と{what}が同じです。写したまま直し忘れていませんか",
        en: "{what} as '{other}'; was this file copied and left unchanged?",
        hint: Hint(ja: "別の団体・イベントなら、写したところを直してください。同じものなら、どちらかのファイルを消してください",
                   en: "if it is another record, change what was copied; if it is the same one, delete one of the files"),
        explainJa: """
        新しい記録を、前の記録のファイルを写して作ったときに、直し忘れがあると同じ内容のページが2つ公開されます。
        次のときに知らせます: 2つの団体の法人番号が同じ、2つの団体の名前とメールアドレスが同じ、
        2つのイベントの名前と開始日時が同じ。

        直し方: 写したところ（名前、法人番号、日時など）を新しい記録のものに直します。同じ記録なら片方を消します。
        """,
        explainEn: """
        A new record made by copying an old file and not changing it publishes two pages with the same
        content. Reported when two groups share a corporate number, or a name and e-mail address,
        and when two events share a title and start.

        Fix: change what was copied, or delete one of the files if they are the same record.
        """)
}

/// What two copied records share, for `{what}`.
extension Term {
    public static let sameCorporateNumber = LocalizedText(ja: "法人番号", en: "the same corporate number")
    public static let sameTitleAndEmail = LocalizedText(ja: "団体名とメールアドレス", en: "the same name and e-mail address")
    public static let sameTitleAndStart = LocalizedText(ja: "イベント名と開始日時", en: "the same title and start")
}

extension Catalogue {
    static let recordRules: [Message] = [
        .groupListedTwice, .unknownGroup, .referenceToDraft, .endBeforeStart, .applyByAfterStart,
        .opensAfterDeadline, .amountsReversed, .reservedPageSlug, .copiedRecord,
    ]
}

extension Hint {
    /// `{bySlug}`: the group's name was written where its slug belongs.
    public static let writeGroupSlug = Hint(ja: "団体はスラッグで書きます: 「{bySlug}」", en: "write the group's slug: '{bySlug}'")
}
