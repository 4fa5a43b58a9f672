/// Themes and templates: the CS4xxx messages.
///
/// | ids | what |
/// | --- | --- |
/// | CS40xx | the syntax of one template file (this file) |
/// | CS41xx | names a template uses: variables, partials, parents, blocks, layouts (`Catalogue+ThemeNames.swift`) |
/// | CS42xx | theme folders and `theme.yml` (`Catalogue+ThemeFolders.swift`) |
///
/// The readers are the city's web contractor or the centre's technical
/// staff; the Japanese still avoids needless jargon.
extension Catalogue {
    static let theme: [Message] = [
        .templateUnclosedTag, .templateTagNotClosed, .templateEmptyTagName, .templateTagNameHasSpaces,
        .templateBadDelimiters,
        .templateUnclosedSection, .templateStrayClosingTag, .templateMismatchedClosingTag, .templateNestingTooDeep,
        .templateUnknownVariable, .templateUnknownPartial, .templateUnknownParent, .templateUnknownBlock,
        .templateIncludesTooDeep, .templateTooManySteps, .themeMissingLayout,
        .themeUnknown, .themeExtendsItself, .themeExtendsNotAName, .themeLayerNotFound, .themeFileUnreadable,
        .themeFileTooLarge,
    ]
}

extension Message {
    /// `{expected}`: the closing delimiter the tag needed (`}}`, `}}}` or a set one).
    public static let templateUnclosedTag = Message("CS4001", .error,
        ja: "タグが閉じていません（「{expected}」がありません）",
        en: "unclosed tag, expected '{expected}'",
        hint: Hint(ja: "タグを「{expected}」で閉じてください（ここからファイルの終わりまでは、ただの文字として読みました）",
                   en: "close the tag with '{expected}' (the rest of the file is read as text)"),
        explainJa: """
        {{ で始まったタグが、ファイルの終わりまで }} で閉じられていません。
        このタグから後ろは、どこまでがタグなのか分からないため、すべてただの文字として扱います。

        例: <h1>{{title</h1>（ファイルの最後の行で）
        直し方: <h1>{{title}}</h1> のように、タグを閉じます。{{{body}}} のような三重の括弧は }}} で閉じます。
        """,
        explainEn: """
        A tag that starts with {{ is never closed before the end of the file. Nothing after it can
        be read as tags, so the rest of the file is kept as plain text.

        Example: <h1>{{title</h1> (on the last line of the file)
        Fix: close the tag, <h1>{{title}}</h1>; a triple tag {{{body}}} closes with }}}.
        """)

    /// `{tag}`: the opening delimiter, sigil and name as written (`{{#events`); `{close}`: the closing delimiter.
    public static let templateTagNotClosed = Message("CS4002", .error,
        ja: "タグ「{tag}」が「{close}」で閉じていません",
        en: "tag '{tag}' is not closed with '{close}'",
        hint: Hint(ja: "「{tag}{close}」と書いてください", en: "write '{tag}{close}'"),
        explainJa: """
        タグの名前が次の行や次のタグまで続いています。閉じる括弧が一つ足りないか、書き忘れています。
        そのままだと、次のタグの }} までが一つのタグとして読まれてしまいます。

        例: <h3>{{title}</h3>（} が一つしかありません）
        直し方: <h3>{{title}}</h3> のように、}} で閉じます。
        """,
        explainEn: """
        A tag's name runs over the end of its line or into the next tag: a closing brace is
        missing, so the tag would end at the }} of a later tag.

        Example: <h3>{{title}</h3> (only one })
        Fix: <h3>{{title}}</h3>
        """)

    public static let templateEmptyTagName = Message("CS4003", .error,
        ja: "タグに名前がありません",
        en: "empty tag name",
        hint: Hint(ja: "{{ と }} の間に名前を書いてください。例: {{title}}",
                   en: "write a name between the delimiters, e.g. {{title}}"),
        explainJa: """
        {{}} や {{# }} のように、タグの中に名前がありません。何を表示するタグなのか決まりません。

        例: <p>{{}}</p>
        直し方: 表示する値の名前を書きます（<p>{{title}}</p>）。使える名前は docs/themes.md にあります。
        """,
        explainEn: """
        A tag has no name, as in {{}} or {{# }}, so it says nothing about what to show.

        Example: <p>{{}}</p>
        Fix: write the name of a value, <p>{{title}}</p>; docs/themes.md lists the names.
        """)

    /// `{name}`: the name as written, spaces included.
    public static let templateTagNameHasSpaces = Message("CS4004", .error,
        ja: "タグの名前「{name}」は使えません",
        en: "invalid tag name '{name}'",
        hint: Hint(ja: "名前に空白は入れられません", en: "names cannot contain spaces"),
        explainJa: """
        タグの名前の途中に空白があります。名前は一続きの語で、区切るときは . を使います。

        例: {{site title}}
        直し方: {{site.title}} のように、空白を入れずに書きます。
        """,
        explainEn: """
        A tag's name has a space inside it. Names are one word; parts are separated with a dot.

        Example: {{site title}}
        Fix: {{site.title}}
        """)

    /// `{content}`: what the tag held between `{{=` and `=}}`.
    public static let templateBadDelimiters = Message("CS4005", .error,
        ja: "区切り記号の変更「{content}」が正しくありません",
        en: "invalid delimiter change '{content}'",
        hint: Hint(ja: "新しい開始と終了の記号を、空白で区切って書いてください。例: {{=<% %>=}}",
                   en: "write two delimiters separated by a space, e.g. {{=<% %>=}}"),
        explainJa: """
        {{=…=}} はタグの区切り記号（{{ と }}）を変えるタグです。中には開始と終了の記号を
        空白で区切って書きます。記号が一つしかないか、三つ以上あるか、= が入っています。

        例: {{=<%=}}
        直し方: {{=<% %>=}}。区切り記号を変えなくてよいなら、このタグを消します。
        """,
        explainEn: """
        {{=…=}} changes the delimiters of the tags that follow. It must hold two delimiters
        separated by a space, neither containing '='.

        Example: {{=<%=}}
        Fix: {{=<% %>=}}, or remove the tag if the delimiters need not change.
        """)

    /// `{kind}`: a `Term` (section, inverted section, parent, block); `{name}` its name.
    public static let templateUnclosedSection = Message("CS4011", .error,
        ja: "{kind}「{name}」が閉じていません",
        en: "unclosed {kind} '{name}'",
        hint: Hint(ja: "{{/{name}}} で閉じてください", en: "close it with {{/{name}}}"),
        explainJa: """
        {{#名前}}、{{^名前}}、{{<名前}}、{{$名前}} で始めた部分は、同じ名前の {{/名前}} で閉じます。
        ファイルの終わりまでに閉じタグがありません。位置は開始タグのものです。

        例: {{#events}}<li>{{title}}</li>（{{/events}} がない）
        直し方: 繰り返す部分の終わりに {{/events}} を書きます。
        """,
        explainEn: """
        A part opened with {{#name}}, {{^name}}, {{<name}} or {{$name}} is closed by {{/name}} with
        the same name; this one is still open at the end of the file. The location is its opening tag.

        Example: {{#events}}<li>{{title}}</li> (no {{/events}})
        Fix: write {{/events}} where the repeated part ends.
        """)

    /// `{name}`: the closing tag's name.
    public static let templateStrayClosingTag = Message("CS4012", .error,
        ja: "閉じタグ「{name}」に対応する開始タグがありません",
        en: "unexpected closing tag '{name}'",
        hint: Hint(ja: "ここでは何も開いていません。このタグを消すか、前に {{#{name}}} を書いてください",
                   en: "no section is open here; remove it or add {{#{name}}} before it"),
        explainJa: """
        {{/名前}} がありますが、その前に同じ名前のセクションなどが開いていません。
        開始タグを消したときに、閉じタグが残ったことがよくあります。

        例: <p>{{/items}}</p>
        直し方: 不要な閉じタグなら消します。必要なら、前に {{#items}} を書きます。
        """,
        explainEn: """
        A closing tag {{/name}} closes nothing: no section, parent or block of that name is open.
        This is often what is left after an opening tag was deleted.

        Example: <p>{{/items}}</p>
        Fix: remove it, or add the opening tag {{#items}} before it.
        """)

    /// `{name}`: the closing tag's name; `{expected}`, `{line}`, `{column}`: the innermost open one.
    public static let templateMismatchedClosingTag = Message("CS4013", .error,
        ja: "閉じタグ「{name}」がありますが、ここで閉じるのは「{expected}」です",
        en: "unexpected closing tag '{name}', expected '{expected}'",
        hint: Hint(ja: "「{expected}」は {line} 行 {column} 列目で開いています",
                   en: "'{expected}' was opened at line {line}, column {column}"),
        explainJa: """
        セクションなどは、後に開いたものから先に閉じます。ここで閉じるべきは内側の「{{#…}}」ですが、
        別の名前の閉じタグが書かれています。名前の書き間違いか、閉じる順番が逆になっています。

        例: {{#events}} … {{/evnets}}
        直し方: 開始タグと同じ名前で閉じます（{{/events}}）。入れ子の順番も確かめます。
        """,
        explainEn: """
        Sections, parents and blocks close innermost first. This closing tag names another one
        than the innermost open: a misspelt name, or two closing tags in the wrong order.

        Example: {{#events}} … {{/evnets}}
        Fix: close with the opening tag's name, {{/events}}, innermost first.
        """)

    /// `{limit}`: `MustacheTreeBuilder.maximumNesting`.
    public static let templateNestingTooDeep = Message("CS4014", .error,
        ja: "セクションの入れ子が {limit} 段を超えています",
        en: "sections are nested more than {limit} levels deep",
        hint: Hint(ja: "セクション、反転セクション、親テンプレート、ブロックを合わせて数えます。閉じタグ {{/名前}} を {{#名前}} と書いていませんか？",
                   en: "sections, inverted sections, parents and blocks all count; is a closing tag written as an opening one ({{#name}} for {{/name}})?"),
        explainJa: """
        一つのテンプレートの中で、閉じる前に次を開いたセクション・反転セクション・親テンプレート・ブロックが、
        上限（docs/themes.md）より深く重なっています。ふつうのレイアウトは 10 段もありません。
        多くは閉じタグを開始タグとして書いた間違いです。ここから後ろのタグの開き閉じは確かめません。

        例: {{#items}} … {{#items}}（閉じるつもりで # と書いた）が何度も続く
        直し方: 閉じタグを {{/items}} と書きます。本当に深い入れ子が要るなら、内側をパーシャル（部品）に分けます。
        """,
        explainEn: """
        Within one template, sections, inverted sections, parents and blocks are open inside each
        other deeper than the limit (see docs/themes.md); real layouts nest fewer than ten. It is
        usually a closing tag written as an opening one. Tags after it are not matched up.

        Example: {{#items}} … {{#items}} (meant as {{/items}}), many times
        Fix: write the closing tags as {{/items}}; move a deep inner part into a partial.
        """)
}
