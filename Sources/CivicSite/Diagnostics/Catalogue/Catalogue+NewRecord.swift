/// New records: `civicsite new` and the placeholders its templates leave,
/// the CS91xx messages of the preview-and-new-records stage.
extension Message {
    /// `{text}`: the placeholder, brackets included.
    public static let templatePlaceholderLeft = Message("CS9101", .error,
        ja: "「{text}」はテンプレートの仮の文字です。下書きではない記録には残せません",
        en: "'{text}' is a template placeholder, left in a record that is not a draft",
        hint: Hint(ja: "〔 〕ごと本当の内容に書き換えてください。まだ公開しないなら draft: true の行を残します",
                   en: "replace it, brackets included, with the real text; keep 'draft: true' until the record is ready"),
        explainJa: """
        civicsite new で作った記録には、まだ分からないところに〔団体の名前〕のような〔 〕で囲んだ仮の文字が入っています。
        draft: true（下書き）のあいだはそのままで確認を通りますが、draft: true の行を消す（または false にする）と、
        仮の文字がそのまま公開されないよう、残っているところがすべてエラーになります。本文の中も同じです。

        例: title: 〔団体の名前〕 のまま draft: true の行を消した
        直し方: title: さくら子ども食堂 のように〔 〕ごと書き換えます。まだ書けないなら draft: true に戻します。
        〔 〕はテンプレートの印として使うので、記録の文章には「」や（）、【】を使ってください。
        """,
        explainEn: """
        A record made with civicsite new holds placeholders in tortoise-shell brackets, such as
        〔団体の名前〕, where only the staff member knows what to write. A draft (draft: true) may keep
        them and passes check; once draft: true is removed or set to false, every placeholder left,
        in a value or in the body, is an error, so that none is ever published.

        Example: title: 〔団体の名前〕 left as it is, and the draft: true line removed
        Fix: write the real text in place of the placeholder, brackets included (title: さくら子ども食堂),
        or put draft: true back. The brackets 〔 〕 are the template's mark: use 「」, （） or 【】 in texts.
        """)

    /// `{text}`: the note's placeholder, brackets included.
    public static let templateNoteLeft = Message("CS9102", .error,
        ja: "テンプレートのメモ「{text}」が残っています。この行の値を確かめていないかもしれません",
        en: "the template's note '{text}' is still here: the value on this line may not have been checked",
        hint: Hint(ja: "値を確かめて（必要なら書き換えて）から、「# {text}」を消してください",
                   en: "check the value (change it if needed), then delete '# {text}'"),
        explainJa: """
        テンプレートは、種類（type、kind、form）や日付のように正しい形の値がないと確認を通らないキーに、
        とりあえずの値（今日の日付など）を入れ、その後ろに # 〔日付を確かめてください〕 のようなメモを付けています。
        下書きのあいだはそのままでかまいませんが、下書きでなくなったときにメモが残っていると、
        とりあえずの値が確かめられないまま公開されるおそれがあるので、エラーになります。

        例: start: 2026-12-01 10:00  # 〔開始の日時に書き換えてください〕
        直し方: 値を本当の日時に直し（start: 2027-01-16 13:30）、# から後ろのメモを消します。
        """,
        explainEn: """
        For keys that need a valid value even in a draft (type, kind, form, dates), a template writes
        a stand-in (today's date, a common type) followed by a note in brackets, such as
        # 〔開始の日時に書き換えてください〕. A draft may keep the note; a record that is not a draft may
        not, since the stand-in would be published unchecked.

        Example: start: 2026-12-01 10:00  # 〔開始の日時に書き換えてください〕
        Fix: correct the value (start: 2027-01-16 13:30), then delete the note from the # on.
        """)

    /// `{kind}` as typed, `{kinds}` the list.
    public static let newUnknownKind = Message("CS9111", .error,
        ja: "「{kind}」という種類の記録は作れません",
        en: "'{kind}' is not a kind of record civicsite new can make",
        hint: Hint(ja: "作れるのは {kinds} です", en: "it makes {kinds}"),
        explainJa: """
        civicsite new の後には、作る記録の種類を書きます。group（団体）、event（イベント）、grant（助成金・補助金）、
        case（協働事例）、page（固定ページ）のどれかです。活動分野（fields）は17件が決まっているので作れません。

        例: civicsite new evnt
        直し方: civicsite new event --title "夏休みかがく教室"
        """,
        explainEn: """
        The word after civicsite new names the kind of record: group, event, grant, case or page.
        The 17 activity fields are fixed, so new does not make them.

        Example: civicsite new evnt
        Fix: civicsite new event --title "夏休みかがく教室"
        """)

    /// `{kinds}`.
    public static let newMissingKind = Message("CS9112", .error,
        ja: "作る記録の種類がありません",
        en: "no kind of record given",
        hint: Hint(ja: "civicsite new の後に {kinds} のどれかを書いてください。例: civicsite new event --title \"説明会\"",
                   en: "write one of {kinds} after civicsite new, e.g. civicsite new event --title \"説明会\""),
        explainJa: """
        civicsite new だけでは、どの種類の記録を作るか分かりません。

        直し方: civicsite new group --title "さくら子ども食堂" --kana "さくらこどもしょくどう" のように、
        種類（group、event、grant、case、news、page）を書きます。
        """,
        explainEn: """
        civicsite new needs the kind of record to make.

        Fix: name it, e.g. civicsite new group --title "さくら子ども食堂" --kana "さくらこどもしょくどう".
        """)

    /// `{slug}` as typed; `{near}` a valid slug close to it, when one can be made.
    public static let newSlugNotValid = Message("CS9113", .error,
        ja: "「{slug}」はスラッグに使えません。半角の英小文字・数字・ハイフン（-）だけで書きます",
        en: "'{slug}' cannot be a slug: use lowercase ASCII letters, digits and hyphens",
        hint: Hint(ja: "例: {near}", en: "e.g. {near}"),
        explainJa: """
        スラッグは記録のファイル名で、ページのアドレスの最後の部分（/groups/sakura-kodomo-shokudo/）になります。
        どのパソコンやサーバーでも同じに扱えるよう、半角の英小文字（a〜z）、数字、ハイフンだけで書きます。
        大文字、空白、日本語、下線（_）は使えません。

        例: civicsite new group Sakura_Shokudo
        直し方: civicsite new group sakura-shokudo（スラッグを書かなければ、タイトルから作ります）
        """,
        explainEn: """
        The slug is the record's file name and the last part of its address (/groups/sakura-kodomo-shokudo/).
        It is written in lowercase ASCII letters, digits and hyphens only, so that it is the same on
        every computer and server: no capitals, spaces, Japanese or underscores.

        Example: civicsite new group Sakura_Shokudo
        Fix: civicsite new group sakura-shokudo (or leave the slug out and it is made from the title).
        """)

    /// `{path}`.
    public static let newFileExists = Message("CS9114", .error,
        ja: "「{path}」はすでにあります。上書きはしません",
        en: "'{path}' already exists; it is not overwritten",
        hint: Hint(ja: "同じ記録ならそのファイルを開いて直してください。別の記録なら別のスラッグを書きます。例: civicsite new {kind} {other}",
                   en: "if it is the same record, edit that file; if not, give another slug, e.g. civicsite new {kind} {other}"),
        explainJa: """
        作ろうとしたファイルと同じ名前のファイルがあります。civicsite new は、書いてある記録を消さないよう、
        すでにあるファイルには決して書き込みません。タイトルから作ったスラッグが同じなら、
        その記録がもうあるのかもしれません。

        例: civicsite new group --title "さくら子ども食堂"（content/groups/sakura-kodomo-shokudo.md がすでにある）
        直し方: 同じ団体ならそのファイルを直します。別の団体なら civicsite new group sakura-kodomo-shokudo-2
        のように別のスラッグを書きます。
        """,
        explainEn: """
        A file with the name new would write already exists. civicsite new never writes over a file,
        so that no record is lost; when the slug was made from the title, the record may well exist already.

        Example: civicsite new group --title "さくら子ども食堂" with content/groups/sakura-kodomo-shokudo.md there
        Fix: edit that file if it is the same group; otherwise give another slug, e.g.
        civicsite new group sakura-kodomo-shokudo-2.
        """)

    /// `{kind}`, `{places}`: where templates were looked for.
    public static let newNoTemplate = Message("CS9115", .error,
        ja: "「{kind}」の記録のテンプレートが見つかりません",
        en: "no template for a record of '{kind}'",
        hint: Hint(ja: "探した場所: {places}", en: "looked in: {places}"),
        explainJa: """
        civicsite new は、記録のテンプレート（archetypes/<種類>.md）を、サイトの archetypes フォルダー、
        使っているテーマ、そのテーマが extends で受け継ぐテーマの順に探します。どこにもありませんでした。
        ふだんは themes/default/archetypes/ にあります。

        直し方: 自分のテーマが default を受け継ぐように theme.yml に extends: default と書くか、
        themes/default/archetypes/ から同じ名前のファイルをコピーします。
        """,
        explainEn: """
        civicsite new looks for the record template (archetypes/<kind>.md) in the site's archetypes
        folder, then in the theme, then in the themes it extends; none had one. The default ones are
        in themes/default/archetypes/.

        Fix: let the theme extend the default one (extends: default in its theme.yml), or copy the file
        from themes/default/archetypes/.
        """)

    /// `{path}`, `{reason}` a `Term`.
    public static let newCannotWrite = Message("CS9116", .error,
        ja: "「{path}」を書き込めません（{reason}）",
        en: "cannot write '{path}' ({reason})",
        hint: Hint(ja: "フォルダーに書き込めるか、ほかのプログラムが開いていないか確かめてください",
                   en: "check that the folder can be written to and no other program holds the file"),
        explainJa: """
        新しい記録のファイルを書き込めませんでした。フォルダーに書き込む権限がない、ディスクがいっぱい、などが考えられます。

        直し方: かっこの中の理由を確かめ、書き込めるフォルダーで実行します（プロジェクトのフォルダーで civicsite new）。
        """,
        explainEn: """
        The new record's file could not be written: no permission in the folder, a full disk, …

        Fix: see the reason in brackets, and run civicsite new in a project folder that can be written to.
        """)

    /// `{template}`: the template used.
    public static let newTemplateMakesBadRecord = Message("CS9117", .error,
        ja: "テンプレート「{template}」から作った記録に、下の問題があります。ファイルは作りませんでした",
        en: "the record made from the template '{template}' has the problems below; no file was written",
        hint: Hint(ja: "テンプレートを直してください。仮の文字は〔 〕で囲み、種類や日付には正しい形の値を書きます",
                   en: "fix the template: placeholders go in 〔 〕, and kinds and dates need valid values"),
        explainJa: """
        civicsite new は、作る記録が下書きのまま civicsite check を通るかを、書き込む前に確かめます。
        テンプレート（サイトの archetypes/ やテーマのもの）から作った記録にエラーがあったので、何も書きませんでした。
        下にそのエラーが並びます（場所は、作ろうとしたファイルの行です）。

        例: テンプレートに type: 〔組織形態〕 と書いた（種類は決まった値でないと確認を通りません）
        直し方: type: voluntary  # 〔組織形態を選んでください〕 のように、正しい値と〔 〕のメモにします。
        """,
        explainEn: """
        civicsite new checks that the record it makes passes civicsite check as a draft before writing
        it. The record made from the template (the site's archetypes/ or the theme's) had errors, listed
        below at the lines of the file it would have written, so nothing was written.

        Example: a template with type: 〔組織形態〕 (a kind must be one of its values even in a draft)
        Fix: write a valid value with a note: type: voluntary  # 〔組織形態を選んでください〕
        """)

    /// `{kind}` as typed.
    public static let newKanaOnlyForGroups = Message("CS9118", .error,
        ja: "--kana（よみがな）は団体（group）の記録にだけ使えます",
        en: "--kana (the reading) is only for groups",
        hint: Hint(ja: "「{kind}」では --kana を外してください。スラッグはタイトルから作るか、最後に書きます",
                   en: "leave out --kana for '{kind}'; the slug is made from the title, or written last"),
        explainJa: """
        よみがな（kana:）は、団体を五十音順に並べるためのもので、団体の記録にしかありません。
        イベントなどで漢字のタイトルからスラッグを作れないときは、スラッグを最後に書きます。

        例: civicsite new event --title "防災訓練" --kana "ぼうさいくんれん"
        直し方: civicsite new event --title "防災訓練" bosai-kunren
        """,
        explainEn: """
        The reading (kana:) orders groups in the 五十音 index; only groups have one. For another kind
        whose title the slug cannot be made from, write the slug last.

        Example: civicsite new event --title "防災訓練" --kana "ぼうさいくんれん"
        Fix: civicsite new event --title "防災訓練" bosai-kunren
        """)

    /// `{slug}`, `{reserved}`.
    public static let newReservedPageSlug = Message("CS9119", .error,
        ja: "「{slug}」はサイトが使う名前なので、ページのスラッグにできません",
        en: "'{slug}' is used by the site itself and cannot be a page's slug",
        hint: Hint(ja: "別のスラッグを書いてください。使えない名前: {reserved}", en: "give another slug; reserved: {reserved}"),
        explainJa: """
        固定ページはサイトのいちばん上（/about/ など）に置かれるので、サイトが自分で使うフォルダーの名前
        （groups、events、search、assets など）はスラッグにできません。

        例: civicsite new page search
        直し方: civicsite new page search-guide のように別の名前にします。
        """,
        explainEn: """
        Pages sit at the top of the site (/about/), beside the folders the site writes itself (groups,
        events, search, assets …), so a page cannot take one of those names.

        Example: civicsite new page search
        Fix: civicsite new page search-guide
        """)
}

/// The lines `civicsite new` prints after writing a record.
public enum NewRecordText {
    /// `{path}`.
    public static let written = LocalizedText(ja: "{path} を作りました（下書き）", en: "wrote {path} (a draft)")
    /// `{template}`.
    public static let template = LocalizedText(ja: "テンプレート: {template}", en: "template: {template}")
    /// `{slug}`.
    public static let slugGiven = LocalizedText(ja: "スラッグ（ページのアドレスの最後の部分）: {slug}",
                                                en: "slug (the last part of the page's address): {slug}")
    /// `{slug}`.
    public static let slugFromTitle = LocalizedText(
        ja: "スラッグ（ページのアドレスの最後の部分）は、タイトルから「{slug}」にしました",
        en: "the slug (the last part of the page's address) was made from the title: {slug}")
    /// `{slug}`.
    public static let slugFromDate = LocalizedText(
        ja: "タイトルからスラッグを作れなかったので（漢字の読み方は分かりません）、「{slug}」にしました",
        en: "no slug could be made from the title (kanji cannot be read), so it is {slug}")
    /// `{slug}`.
    public static let slugNoTitle = LocalizedText(
        ja: "タイトルを書かなかったので（--title）、スラッグを「{slug}」にしました",
        en: "no title was given (--title), so the slug is {slug}")
    public static let kanaWouldHelp = LocalizedText(
        ja: "--kana でよみがなを書くと、タイトルからスラッグを作れます",
        en: "with the reading given as --kana, the slug is made from the title")
    /// `{folder}`, `{slug}`.
    public static let howToRename = LocalizedText(
        ja: "スラッグを変えるときは、ファイルの名前を変えてください（{folder}/{slug}.md → {folder}/ほかの名前.md。半角の英小文字・数字・ハイフンで）。公開した後に変えると、ページのアドレスが変わります",
        en: "to change the slug, rename the file ({folder}/{slug}.md → {folder}/other-name.md, in lowercase ASCII letters, digits and hyphens); once published, renaming changes the page's address")
    public static let nextSteps = LocalizedText(
        ja: "〔 〕のところを書き換えて civicsite check で確かめ、公開するときに draft: true の行を消してください",
        en: "replace what is in 〔 〕, run civicsite check, and delete the draft: true line to publish")
}

extension Catalogue {
    static let newRecords: [Message] = [
        .templatePlaceholderLeft, .templateNoteLeft, .newUnknownKind, .newMissingKind, .newSlugNotValid,
        .newFileExists, .newNoTemplate, .newCannotWrite, .newTemplateMakesBadRecord, .newKanaOnlyForGroups,
        .newReservedPageSlug,
    ]
}
