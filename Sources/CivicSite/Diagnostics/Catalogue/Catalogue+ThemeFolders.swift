/// Themes and templates, CS42xx: theme folders, `theme.yml` and the files
/// of a theme. Listed in `Catalogue.theme`.
extension Message {
    /// `{name}`: the theme as written in `site.yml` or an `extends:`.
    /// Usual hint: the themes found; the finder may pick `didYouMean` or `noThemesFound`.
    public static let themeUnknown = Message("CS4201", .error,
        ja: "テーマ「{name}」はありません",
        en: "unknown theme '{name}'",
        hint: .themesFound,
        explainJa: """
        site.yml の theme: や、テーマの theme.yml の extends: に書いた名前のフォルダーが、
        テーマを置くフォルダー（ふつうは themes）にありません。

        例: theme: defualt
        直し方: themes の中のフォルダー名と同じに書きます（theme: default）。
        """,
        explainEn: """
        The theme named by theme: in site.yml, or by extends: in a theme's theme.yml, is not a
        folder of the themes folder (themes by default).

        Example: theme: defualt
        Fix: write the name of a folder under themes, e.g. theme: default.
        """)

    /// `{theme}`: the theme where the loop closes; `{cycle}`: the themes in order, joined with arrows.
    public static let themeExtendsItself = Message("CS4202", .error,
        ja: "テーマ「{theme}」が、extends: をたどると自分自身に戻ります（{cycle}）",
        en: "theme '{theme}' extends itself ({cycle})",
        hint: Hint(ja: "どれかの extends: を消してください", en: "remove one of the extends: settings"),
        explainJa: """
        テーマは extends: で別のテーマをもとにでき、ないファイルはそちらから使います。
        そのつながりが輪になっていて、どのテーマが土台なのか決まりません。

        例: themes/city/theme.yml に extends: ward、themes/ward/theme.yml に extends: city
        直し方: 土台にするテーマ（ふつうは default）の extends: を消します。
        """,
        explainEn: """
        A theme may extend another one and take the files it lacks from it. Here the chain of
        extends: settings comes back to a theme already in it, so no theme is the base.

        Example: themes/city/theme.yml says extends: ward, themes/ward/theme.yml says extends: city
        Fix: remove the extends: of the theme meant as the base (usually default).
        """)

    public static let themeExtendsNotAName = Message("CS4203", .error,
        ja: "extends: にはテーマのフォルダー名を一つ書きます",
        en: "'extends' must name a theme folder",
        hint: Hint(ja: "例: extends: default", en: "for example: extends: default"),
        explainJa: """
        theme.yml の extends: には、もとにするテーマのフォルダー名を一つだけ書きます。
        空のままか、リストやキー: 値の行が書かれています。

        例: extends: [default, city]
        直し方: extends: default。何ももとにしないなら、extends: の行を消します。
        """,
        explainEn: """
        extends: in theme.yml names one theme folder to build on; it is empty, a list or a set of
        key: value lines.

        Example: extends: [default, city]
        Fix: extends: default, or remove the line if the theme builds on none.
        """)

    public static let themeLayerNotFound = Message("CS4204", .error,
        ja: "テーマのフォルダーがありません",
        en: "theme folder not found",
        hint: Hint(ja: "フォルダーを作るか、site.yml の theme: かテーマの extends: の名前を直してください",
                   en: "create the folder, or fix the theme name in site.yml or the theme's extends:"),
        explainJa: """
        読み込むはずのテーマのフォルダーがありません。読んでいる途中で消されたか、名前が変わりました。

        直し方: フォルダーを元に戻すか、site.yml の theme: やテーマの extends: を今のフォルダー名に直します。
        """,
        explainEn: """
        A theme folder to be loaded does not exist: it was removed or renamed while the theme was
        being read.

        Fix: restore the folder, or change theme: in site.yml or the theme's extends: to its name.
        """)

    public static let themeFileUnreadable = Message("CS4205", .error,
        ja: "ファイルを読めません（{reason}）",
        en: "cannot read the file ({reason})",
        explainJa: """
        テーマのテンプレートのファイルを開けませんでした。読む権限がない、ほかのプログラムが書き込み中、
        などが考えられます。

        直し方: ファイルの権限を直すか、リンクを本物のファイルに置き換えます。
        """,
        explainEn: """
        A template file of the theme could not be opened: it cannot be read with the current
        permissions, or it went away while the theme was being read.

        Fix: make the file readable, or replace the link with the file itself.
        """)

    /// `{size}` and `{limit}` (`InputLimits.templateFileBytes`) in KB, as for CS1043.
    public static let themeFileTooLarge = Message("CS4206", .error,
        ja: "テンプレートが大きすぎるため読みません（{size} KB。上限は {limit} KB）",
        en: "the template is too large to be read ({size} KB; the limit is {limit} KB)",
        hint: Hint(ja: "くり返す部分は partials に分け、スクリプトや画像は assets のファイルにしてリンクしてください",
                   en: "move repeated parts into partials, and put scripts, styles and pictures in assets/ and link to them"),
        explainJa: """
        テーマのテンプレート（.mustache）は、1つ 1,024 KB（1 MB）までしか読みません。
        ページの形を書くテンプレートは、ふつう数 KB です。これより大きいのは、画像やスクリプトを
        テンプレートの中に直接書いたか、別のファイルを .mustache の名前で保存したときです。
        大きすぎるファイルは中身を読まずに知らせます。

        例: themes/city/layouts/home.mustache が 2,048 KB（画像を data: で埋め込んだもの）
        直し方: 画像やスクリプトは assets フォルダーのファイルにしてリンクし、くり返す部分は partials に分けます。
        """,
        explainEn: """
        Theme templates (.mustache) are read only up to 1,024 KB (1 MB) each. A template describes the
        shape of a page and is usually a few KB; a larger one has pictures or scripts written into it,
        or is another file saved under a .mustache name. Its size is checked before it is read.

        Example: themes/city/layouts/home.mustache is 2,048 KB (a picture embedded as data:)
        Fix: put pictures and scripts in files under assets/ and link to them; move repeated parts into
        partials.
        """)
}

extension Hint {
    /// `{themes}`: a list of the theme folders found.
    public static let themesFound = Hint(ja: "見つかったテーマ: {themes}", en: "themes found: {themes}")

    /// `{root}`: the themes folder as shown.
    public static let noThemesFound = Hint(ja: "{root}/ にテーマが見つかりません", en: "no themes found in {root}/")
}
