/// Themes and templates, CS41xx: names a template uses that the data or
/// the theme does not have. Listed in `Catalogue.theme`.
extension Message {
    /// `{name}`: the variable as written (`group.nmae`). Usual hint: the
    /// names visible at the tag; the finder picks a more precise one.
    public static let templateUnknownVariable = Message("CS4101", .error,
        ja: "変数「{name}」はありません",
        en: "unknown variable '{name}'",
        hint: .templateVisibleNames,
        explainJa: """
        テンプレートのタグが、このページのデータにない名前を表示しようとしています。
        どのページも、名前の分からない変数は空で表示するのではなくエラーにします（書き間違いで
        何も表示されないまま公開されないように）。位置はタグのものです。
        使える名前とその意味は docs/themes.md の一覧にあります。
        セクション {{#events}} の中では、その値の名前が先に探されます。

        例: {{titel}}、{{group.nmae}}
        直し方: 正しい名前にします（{{title}}、{{group.name}}）。ヒントに近い名前が出ます。
        """,
        explainEn: """
        A tag names a value the page's data does not have. Pages are rendered strictly: a
        misspelt name is an error rather than an empty spot on the published page. The location is
        the tag's. docs/themes.md lists the names each page receives; inside a section such as
        {{#events}}, the names of its value are looked up first.

        Example: {{titel}}, {{group.nmae}}
        Fix: use the documented name, {{title}}, {{group.name}}; the hint shows the nearest one.
        """)

    /// `{name}`: the partial named by `{{> name}}`.
    public static let templateUnknownPartial = Message("CS4102", .error,
        ja: "パーシャル（部品）「{name}」はありません",
        en: "unknown partial '{name}'",
        hint: .noSuchTemplateFile,
        explainJa: """
        {{> 名前}} は、テーマの partials/名前.mustache（なければ layouts/名前.mustache）を
        その場所に読み込みます。その名前のファイルが、このテーマにも、extends: で指定したテーマにもありません。

        例: {{> hedaer}}
        直し方: ファイル名と同じ名前にします（{{> header}}）。新しい部品なら partials/ にファイルを作ります。
        """,
        explainEn: """
        {{> name}} includes partials/name.mustache of the theme (or layouts/name.mustache); no such
        file exists in the theme or the themes it extends.

        Example: {{> hedaer}}
        Fix: use the file's name, {{> header}}, or create the file under partials/.
        """)

    /// `{name}`: the template named by `{{< name}}`.
    public static let templateUnknownParent = Message("CS4103", .error,
        ja: "親テンプレート「{name}」はありません",
        en: "unknown parent '{name}'",
        hint: .noSuchTemplateFile,
        explainJa: """
        {{<名前}} … {{/名前}} は、親テンプレート（ふつうは layouts/base.mustache）のブロックを埋めて表示します。
        その名前のファイルが partials/ にも layouts/ にもありません。

        例: {{<bse}}{{$main}}…{{/main}}{{/bse}}
        直し方: ファイル名と同じ名前にします（{{<base}} … {{/base}}）。
        """,
        explainEn: """
        {{<name}} … {{/name}} renders a parent template (usually layouts/base.mustache) with its
        blocks filled in; no partial or layout of that name exists.

        Example: {{<bse}}{{$main}}…{{/main}}{{/bse}}
        Fix: use the template's file name, {{<base}} … {{/base}}.
        """)

    /// `{block}`: the block written inside `{{<parent}}`; `{parent}`: the parent.
    public static let templateUnknownBlock = Message("CS4104", .error,
        ja: "親テンプレート「{parent}」にブロック「{block}」はありません",
        en: "unknown block '{block}' in parent '{parent}'",
        hint: .templateParentHasNoBlocks,
        explainJa: """
        {{<親}} の中の {{$名前}} … {{/名前}} は、親テンプレートの同じ名前のブロックを置き換えます。
        親テンプレート（と、それが読み込むテンプレート）にその名前のブロックがないため、
        書いた内容はどこにも表示されません。

        例: {{<base}}{{$mian}}…{{/mian}}{{/base}}
        直し方: 親テンプレートにあるブロックの名前にします（{{$main}} … {{/main}}）。
        """,
        explainEn: """
        {{$name}} … {{/name}} inside {{<parent}} replaces the parent's block of that name. The
        parent (and what it includes) has no such block, so the content would never be shown.

        Example: {{<base}}{{$mian}}…{{/mian}}{{/base}}
        Fix: use a block name the parent has, {{$main}} … {{/main}}.
        """)

    /// `{limit}`: `MustacheRenderer.maximumDepth`.
    public static let templateIncludesTooDeep = Message("CS4105", .error,
        ja: "テンプレートが {limit} 段を超えて読み込み合っています",
        en: "templates include each other more than {limit} levels deep",
        hint: Hint(ja: "パーシャル（部品）か親テンプレートが、自分自身を読み込んでいるようです",
                   en: "a partial or parent probably includes itself"),
        explainJa: """
        パーシャル（部品）や親テンプレートの中で、別のパーシャルなどを読み込めます。
        その重なりが上限（docs/themes.md）を超えました。ほとんどの場合、パーシャルが自分自身を
        （直接、または別のパーシャルを通して）読み込んでいて、終わりがありません。位置は上限を超えたタグです。

        例: partials/card.mustache の中に {{> card}}
        直し方: 自分自身を読み込むタグを消すか、別のパーシャルに変えます。
        """,
        explainEn: """
        Partials and parents may include others, but not deeper than the limit (see
        docs/themes.md). This almost always means a partial includes itself, directly or through
        another one, without end. The location is the tag that went past the limit.

        Example: {{> card}} inside partials/card.mustache
        Fix: remove the tag that includes the template itself, or include another partial.
        """)

    /// `{limit}`: `MustacheRenderer.maximumSteps`.
    public static let templateTooManySteps = Message("CS4107", .error,
        ja: "このページのテンプレートの処理が {limit} 回を超えたため止めました",
        en: "rendering this page took more than {limit} steps, so it was stopped",
        hint: Hint(ja: "一覧のくり返しの中で、同じ一覧をまたくり返していないか確かめてください",
                   en: "check for a section over a list inside a section over the same list"),
        explainJa: """
        1つのページを作る処理が上限（docs/themes.md）を超えました。ほとんどの場合、一覧のくり返し
        {{#items}} の中に、また {{#items}} があります。内側の項目に items がないと、外側の一覧が見つかるため、
        一覧ぜんぶが項目ごとにくり返され、ページが爆発的に大きくなります。位置は、そのとき
        くり返していたタグです。

        例: {{#items}}<li>{{title}}{{#items}}…{{/items}}</li>{{/items}}
        直し方: 内側のくり返しを消すか、項目が本当に持っている名前（{{#tags}} など）に変えます。
        """,
        explainEn: """
        Rendering one page took more steps than the limit (see docs/themes.md). This almost always
        means a section over a list, {{#items}}, holds another {{#items}}: an item that has no items
        of its own finds the outer list, so the whole list repeats for every item and the page grows
        without measure. The location is the section that was repeating.

        Example: {{#items}}<li>{{title}}{{#items}}…{{/items}}</li>{{/items}}
        Fix: remove the inner section, or use a name the item really has ({{#tags}} …).
        """)

    /// `{layout}`: the page kind (`group`, `404`, …).
    public static let themeMissingLayout = Message("CS4106", .error,
        ja: "テーマに、これらのページのレイアウト「{layout}」がありません",
        en: "the theme has no layout '{layout}' for these pages",
        hint: Hint(ja: "layouts/{layout}.mustache を作るか（default テーマのものをもとにできます）、それがあるテーマを extends: で指定してください",
                   en: "add layouts/{layout}.mustache (the default theme's is a starting point), or extend a theme that has it"),
        explainJa: """
        ページの種類ごとに、テーマの layouts/種類.mustache を使って表示します（団体のページは group、
        見つからないページは 404 など。一覧は docs/themes.md）。このテーマにも、extends: で指定した
        テーマにも、その種類のレイアウトがありません。

        例: 独自テーマに layouts/ を作ったが、extends: default を書いていない
        直し方: theme.yml に extends: default と書くと、ないファイルは default テーマのものを使います。
        または default テーマの layouts/種類.mustache をコピーして直します。
        """,
        explainEn: """
        Each kind of page is rendered with layouts/KIND.mustache of the theme (group pages with
        group, the missing-page page with 404; see docs/themes.md). Neither the theme nor the themes
        it extends has this one.

        Example: a city theme with its own layouts/ but no extends: default
        Fix: add extends: default to its theme.yml, so the files it lacks come from the default
        theme, or copy the default theme's layouts/KIND.mustache and change it.
        """)
}

extension Hint {
    /// `{names}`: a list of the names visible at the tag.
    public static let templateVisibleNames = Hint(ja: "ここで使える名前: {names}", en: "visible names here: {names}")

    public static let templateNoDataVisible = Hint(ja: "ここで使える値はありません", en: "no data is visible here")

    /// `{prefix}`: the dotted name up to the missing part; `{part}`: the part.
    public static let templateNoSuchKey = Hint(ja: "「{prefix}」にキー「{part}」はありません", en: "'{prefix}' has no key '{part}'")

    /// `{prefix}`: as above; `{kind}`: `Term.templateValueKind` of its value.
    public static let templateNotAnObject = Hint(ja: "「{prefix}」は{kind}で、オブジェクトではありません",
                                                 en: "'{prefix}' is {kind}, not an object")

    public static let noSuchTemplateFile = Hint(ja: "テーマの partials/ にも layouts/ にも、この名前のファイルがありません",
                                                en: "no such file in the theme's partials/ or layouts/ folder")

    /// `{parent}`.
    public static let templateParentHasNoBlocks = Hint(ja: "「{parent}」にはブロックがありません", en: "'{parent}' has no blocks")

    /// `{parent}`; `{blocks}`: a list of its block names.
    public static let templateParentBlocks = Hint(ja: "「{parent}」のブロック: {blocks}", en: "'{parent}' has the blocks: {blocks}")
}

/// Words of template messages.
extension Term {
    /// What a value of the page data is, for `{kind}` of `templateNotAnObject`.
    public static func templateValueKind(_ value: TemplateValue) -> LocalizedText {
        switch value {
        case .null: return LocalizedText(ja: "null（値なし）", en: "null")
        case .bool: return LocalizedText(ja: "true/false", en: "true/false")
        case .int, .double: return LocalizedText(ja: "数値", en: "a number")
        case .string: return LocalizedText(ja: "文字列", en: "text")
        case .array, .items: return LocalizedText(ja: "リスト", en: "a list")
        case .object: return LocalizedText(ja: "オブジェクト", en: "an object")
        }
    }

    /// The parts of a template opened by a tag and closed by `{{/name}}`, for `{kind}` of `templateUnclosedSection`.
    public static let templateSection = LocalizedText(ja: "セクション", en: "section")
    public static let templateInvertedSection = LocalizedText(ja: "反転セクション", en: "inverted section")
    public static let templateParent = LocalizedText(ja: "親テンプレート", en: "parent")
    public static let templateBlock = LocalizedText(ja: "ブロック", en: "block")
}
