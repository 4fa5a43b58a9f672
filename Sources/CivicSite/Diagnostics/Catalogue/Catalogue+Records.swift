/// Checks across records: the CS3xxx messages. Slugs and activity fields
/// here; references and the rules between keys in `Catalogue+RecordRules`.
extension Message {
    /// `{slug}`, `{kind}` a record kind term, `{first}` the file that has it first.
    public static let duplicateSlug = Message("CS3001", .error,
        ja: "{kind}の中で「{slug}」という名前（スラッグ）が重なっています",
        en: "duplicate slug '{slug}' among {kind}",
        hint: Hint(ja: "「{first}」がすでに使っています。どちらかに別の「slug:」を付けてください",
                   en: "'{first}' already uses it; give one of them another 'slug:'"),
        explainJa: """
        スラッグは、ページのアドレスになる名前です（content/groups/sakura.md なら sakura、/groups/sakura/）。
        同じ種類の記録で2つのファイルが同じスラッグになると、同じページを上書きしてしまいます。
        ファイル名が違っても、slug: で同じ名前を書くと重なります。

        例: content/groups/sakura.md と content/groups/sakura-2.md の両方に slug: sakura
        直し方: どちらかの slug: を消すか、別の名前（sakura-kodomo など）にします。
        """,
        explainEn: """
        A slug is the name in a page's address (content/groups/sakura.md → /groups/sakura/). Two
        records of one kind with the same slug would write the same page; a slug: key can make two
        differently named files collide.

        Example: slug: sakura in both content/groups/sakura.md and content/groups/sakura-2.md
        Fix: remove one slug: or give it another name.
        """)

    /// `{slug}`, `{expected}`, `{found}`.
    public static let fieldNumberMismatch = Message("CS3010", .error,
        ja: "活動分野「{slug}」の番号は {expected} です（書かれた番号: {found}）",
        en: "field '{slug}' must have number {expected}, found {found}",
        hint: Hint(ja: "番号は特定非営利活動促進法の別表の順です。「number: {expected}」と書いてください",
                   en: "the numbers follow the order of the npo act's list of activities; write 'number: {expected}'"),
        explainJa: """
        17の活動分野には、特定非営利活動促進法の別表の順に 1〜17 の番号が決まっています。
        ファイル（content/fields/children.md など）の number: がその番号と違います。

        例: content/fields/children.md に number: 6（子どもの健全育成は 13）
        直し方: number: 13 と書きます。
        """,
        explainEn: """
        The 17 activity fields are numbered 1–17 in the order of the NPO Act's list; the number: of
        this field's file is not its number.

        Example: number: 6 in content/fields/children.md (children is 13)
        Fix: number: 13.
        """)

    /// `{slug}`, `{near}` or `{ids}`.
    public static let unknownFieldID = Message("CS3011", .error,
        ja: "「{slug}」という活動分野はありません",
        en: "unknown field id '{slug}'",
        hint: Hint(ja: "活動分野のファイル名は次のどれかです: {ids}", en: "the ids are: {ids}"),
        explainJa: """
        content/fields の中のファイル名（またはその slug:）が、17の活動分野のどれとも一致しません。
        活動分野は法律で決まった17種類で、ファイル名も決まっています。

        例: content/fields/kodomo.md
        直し方: content/fields/children.md のように、決まった名前にします（一覧は docs/content-format.md）。
        """,
        explainEn: """
        A file under content/fields (or its slug:) is not one of the 17 fields of the NPO Act, whose
        file names are fixed.

        Example: content/fields/kodomo.md
        Fix: use the fixed name, e.g. content/fields/children.md (see docs/content-format.md).
        """)

    /// `{number}`, `{first}`.
    public static let duplicateFieldNumber = Message("CS3012", .error,
        ja: "活動分野の番号 {number} が重なっています",
        en: "duplicate field number {number}",
        hint: Hint(ja: "「{first}」がすでにこの番号です", en: "'{first}' already has it"),
        explainJa: """
        2つの活動分野のファイルに同じ number: が書かれています。番号は分野ごとに1つです。

        直し方: 片方のファイルの number: を、その分野の正しい番号にします。
        """,
        explainEn: """
        Two field files have the same number:; each field has its own.

        Fix: give the other file its field's number.
        """)

    /// `{count}`, `{missing}` the field ids.
    public static let missingFieldFiles = Message("CS3013", .warning,
        ja: "17の活動分野のうち {count} 分野のファイルがありません: {missing}",
        en: "{count} of the 17 activity fields have no file: {missing}",
        hint: Hint(ja: "ファイルのない分野は、記録の fields: に書けません", en: "records cannot refer to a field without its file"),
        explainJa: """
        content/fields には17の活動分野それぞれのファイルを置きます。ないと、その分野のページが作られず、
        団体やイベントの fields: にもその分野を書けません。

        直し方: 見本（content/fields/children.md など）を写して、足りない分野のファイルを作ります。
        """,
        explainEn: """
        content/fields holds one file per activity field; a field without a file has no page, and
        records cannot name it in fields:.

        Fix: add the missing files, copying one of the sample's field files.
        """)

    /// `{slug}`, `{times}` a `Term.times`, `{text}`, `{first}` as written.
    public static let fieldListedTwice = Message("CS3020", .warning,
        ja: "活動分野「{slug}」が{times}書かれています",
        en: "field '{slug}' is listed {times}",
        hint: Hint(ja: "1つを消してください", en: "remove one of them"),
        explainJa: """
        fields: の一覧に同じ分野が2回以上あります。ページには1回しか出ませんが、別の分野を書くつもりだった
        のかもしれません。番号（13）と名前（子どもの健全育成）のように、違う書き方で同じ分野を書いた場合も
        同じです。

        例: fields: [children, 13]
        直し方: 1つを消すか、書きたかった分野に直します。
        """,
        explainEn: """
        fields: names one field more than once (also in two spellings, e.g. children and 13). The page
        shows it once, but the repeat is often a slip for another field.

        Example: fields: [children, 13]
        Fix: remove one, or write the field that was meant.
        """)

    /// `{text}` as written, `{near}`.
    public static let unknownFieldReference = Message("CS3021", .error,
        ja: "「{text}」という活動分野はありません",
        en: "unknown field '{text}'",
        hint: Hint(ja: "分野の id（children）、番号（1〜17）、正式な名前、短い名前のどれかを書いてください",
                   en: "write a field id, its number (1-17), its name or its short label"),
        explainJa: """
        fields: に書いた分野が、17の活動分野のどれとも一致しません。分野は id（children）、
        番号（13）、正式な名前（子どもの健全育成を図る活動）、短い名前（子ども）のどれでも書けます。

        例: fields: [子供]
        直し方: fields: [子ども] または fields: [13]
        """,
        explainEn: """
        A field in fields: is none of the 17. A field may be written as its id (children), its number
        (13), its official name or its short label (子ども).

        Example: fields: [子供]
        Fix: fields: [子ども] or fields: [13]
        """)
}

extension Hint {
    /// `{text}` and `{first}`: two spellings of one field.
    public static let sameFieldTwice = Hint(ja: "「{text}」と「{first}」は同じ分野です。1つを消してください",
                                            en: "'{text}' and '{first}' are the same field; remove one of them")
}

extension Term {
    /// "twice" / 「2回」, "3 times" / 「3回」.
    public static func times(_ n: Int) -> MessageArgument {
        n == 2 ? .term(LocalizedText(ja: "2回", en: "twice"))
            : .phrase(LocalizedText(ja: "{n}回", en: "{n} times"), ["n": .number(n)])
    }

    /// `2026-12-05` / 「2026年12月5日」.
    public static func date(_ d: LocalDate) -> MessageArgument {
        .phrase(LocalizedText(ja: "{y}年{m}月{d}日", en: "{iso}"),
                ["y": .number(d.year), "m": .number(d.month), "d": .number(d.day), "iso": .text(d.description)])
    }

    /// `2026-12-05 10:00` / 「2026年12月5日 10:00」, with the offset only when it is not Japan's.
    public static func dateTime(_ t: DateTime) -> MessageArgument {
        let clock = LocalDate.padded(t.hour, 2) + ":" + LocalDate.padded(t.minute, 2)
        var zone = ""
        if t.offsetMinutes != DateTime.japanOffsetMinutes {
            let sign = t.offsetMinutes < 0 ? "-" : "+", m = abs(t.offsetMinutes)
            zone = " (UTC" + sign + LocalDate.padded(m / 60, 2) + ":" + LocalDate.padded(m % 60, 2) + ")"
        }
        return .phrase(LocalizedText(ja: "{date} {clock}{zone}", en: "{date} {clock}{zone}"),
                       ["date": date(t.date), "clock": .text(clock), "zone": .text(zone)])
    }
}

extension Catalogue {
    static let records: [Message] = [
        .duplicateSlug, .fieldNumberMismatch, .unknownFieldID, .duplicateFieldNumber, .missingFieldFiles,
        .fieldListedTwice, .unknownFieldReference,
    ] + recordRules + recordAreas
}
