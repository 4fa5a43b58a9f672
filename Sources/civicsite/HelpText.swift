import CivicSite

/// What `civicsite --help` and `civicsite help <command>` print, in both languages.
enum HelpText {
    static let buildFlags = ["--content", "--theme", "--output", "--drafts", "--base-url", "--now", "--quiet", "--strict", "--timings",
                             "--force", "--lang", "--format"]

    static let overview = """
    civicsite: builds the civic-activity directory site from plain content files.

    Usage: civicsite <command> [options]

    Commands:
      build      Read content/, render it with the theme, and write the site to site/.
      check      Validate content/ and the theme, and report every problem. Writes nothing.
      serve      Preview the site at http://127.0.0.1:8000/, updated on every save.
      new        Write a new draft record from its template: civicsite new event --title "説明会"
      import     Make record files from a spreadsheet saved as CSV: civicsite import groups list.csv
      explain    The long form of a message: civicsite explain CS2101
      markdown   Convert Markdown on standard input to HTML on standard output.
      help       Explain a command: civicsite help build

    Options for every command:
      --lang ja|en              The language of messages (default: site.yml's language, else the locale).
      --format text|github|json How problems are printed (github: annotations in GitHub Actions).

    Exit codes: 0 success, 1 problems in the content or theme, 2 the command was called wrongly.
    Problems are printed as path:line:col: error: message [CS1234], with a hint on the next line.
    """

    static let overviewJa = """
    civicsite: 記録のファイルから、市民活動団体の名簿サイトを作ります。

    使い方: civicsite <コマンド> [オプション]

    コマンド:
      build      content/ を読み、テーマでページを作り、site/ に書き出します。
      check      content/ とテーマを確かめ、問題をすべて表示します。何も書き出しません。
      serve      http://127.0.0.1:8000/ でサイトを確かめます。保存するたびに更新されます。
      new        テンプレートから新しい記録（下書き）を作ります: civicsite new event --title "説明会"
      import     表計算ソフトで CSV にした一覧から記録のファイルを作ります: civicsite import groups 一覧.csv
      explain    メッセージの詳しい説明を表示します: civicsite explain CS2101
      markdown   標準入力の Markdown を HTML にして標準出力に書きます。
      help       コマンドの説明を表示します: civicsite help build

    どのコマンドにも使えるオプション:
      --lang ja|en              メッセージの言語（ふだんは site.yml の language）。
      --format text|github|json 問題の表示のしかた（github は GitHub Actions の注釈）。

    終了コード: 0 成功、1 記録やテーマに問題がある、2 コマンドの書き方の誤り。
    問題は「ファイル:行:列: error: メッセージ [CS1234]」の形で表示され、次の行にヒントが続きます。
    """

    static let serve = """
    civicsite serve: preview the site while you edit.

    Builds the site into a private folder (never the output folder), serves it at
    http://127.0.0.1:8000/ and rebuilds after every save: open pages reload by themselves. While
    the content has errors, every page shows them, each with its place, its line and the hint.
    Ctrl+C stops the preview and removes its folder.

    Usage: civicsite serve [options]

    Options:
      --port N         The port (default 8000; 0 picks a free one).
      --host ADDRESS   The address to listen on (default 127.0.0.1, this machine only). Another
                       address lets other machines see the preview, drafts included: a warning says so.
      --drafts         Show records marked draft: true.
      --now DATE       The date the preview counts as today.
      --timings        After each update, print how long each stage took.
      --content DIR, --theme DIR, --lang ja|en, --format FORMAT: as for build.
    """

    static let serveJa = """
    civicsite serve: 書きながらサイトを確かめます（プレビュー）。

    サイトを専用のフォルダー（公開用のフォルダーではありません）に作り、http://127.0.0.1:8000/ で表示し、
    ファイルを保存するたびに作り直します。開いているページは自動で更新されます。記録にエラーがあるあいだは、
    どのページにもその問題（場所、その行、ヒント）が表示されます。Ctrl+C で終了し、専用のフォルダーは消えます。

    使い方: civicsite serve [オプション]

    オプション:
      --port N         番号（ふだんは 8000。0 なら空いている番号）。
      --host ADDRESS   待ち受けるアドレス（ふだんは 127.0.0.1、この機械の中だけ）。ほかのアドレスにすると、
                       同じネットワークのほかの機械からも下書きを含めて見えます（警告が出ます）。
      --drafts         draft: true の記録も表示します。
      --now DATE       プレビューが「今日」とみなす日付。
      --timings        更新のたびに、段階ごとにかかった時間を表示します。
      --content DIR、--theme DIR、--lang ja|en、--format FORMAT: build と同じです。
    """

    static let new = """
    civicsite new: write a new record from its template.

    Usage: civicsite new group|event|grant|case|page [--title TITLE] [--kana KANA] [SLUG]

    Writes content/<kind>/<slug>.md with every key of the kind, a Japanese note on each saying
    what to write and in which form, the required ones marked 【必須】, and draft: true. What only
    you know is a placeholder in 〔 〕; kinds and dates get a valid value with a # 〔…〕 note. The
    file passes check as it is; once draft: true is removed, a placeholder or note left is an error,
    so nothing unfinished is published. An existing file is never overwritten.

    The slug (the file name, the last part of the page's address) is SLUG when given, else made
    from the title (kana are romanized; kanji only through --kana, for groups), else
    new-<kind>-<date>. The template is the first archetypes/<kind>s.md found in: archetypes/
    beside the content folder, the theme, the themes it extends.

    Options:
      --title TITLE    The record's title (quoted when it has spaces).
      --kana KANA      A group's reading (よみがな), also used to make the slug.
      --content DIR    The content folder (default: content).
      --theme DIR      Use this theme's templates instead of site.yml's theme.
      --now DATE       The date (and time) to write as today.
    """

    static let newJa = """
    civicsite new: テンプレートから新しい記録を作ります。

    使い方: civicsite new group|event|grant|case|page [--title タイトル] [--kana よみがな] [スラッグ]

    content/<種類>/<スラッグ>.md を作ります。その種類のキーがすべて並び、キーごとに何をどんな形で書くかの
    説明（# の行）が付き、必ず書くキーには【必須】の印があり、draft: true（下書き）になっています。
    分からないところは〔 〕の仮の文字で、種類や日付には正しい形の値と # 〔…〕 のメモが入ります。
    作ったファイルはそのまま check を通ります。draft: true を消したときに〔 〕が残っているとエラーになるので、
    書きかけのまま公開されることはありません。すでにあるファイルに上書きすることはありません。

    スラッグ（ファイル名で、ページのアドレスの最後の部分）は、書いたときはそれを、書かないときはタイトルから
    作ります（かなはローマ字にします。漢字は読めないので、団体なら --kana のよみがなを使います）。
    作れないときは new-<種類>-<日付> です。テンプレートは archetypes/<種類>s.md を、content の隣の
    archetypes/、テーマ、テーマが受け継ぐテーマの順に探します。

    オプション:
      --title タイトル   記録のタイトル（空白を含むときは " " で囲みます）。
      --kana よみがな    団体のよみがな。スラッグを作るのにも使います。
      --content DIR      content フォルダー（ふだんは content）。
      --theme DIR        site.yml のテーマの代わりに、このテーマのテンプレートを使います。
      --now DATE         「今日」として書く日付（と時刻）。
    """

    static let importHelp = """
    civicsite import: make record files from a spreadsheet.

    Usage: civicsite import groups|events|grants|cases FILE.csv [--map MAP.yml] [--dry-run]

    Reads a CSV saved from Excel or another spreadsheet (UTF-8 with or without a BOM, or
    Shift_JIS/CP932 as Japanese Excel saves 「CSV (コンマ区切り)」) and writes one record file
    per row, content/<kind>/<slug>.md, the slug made from the name. Columns are recognised by
    their Japanese headers (団体名, ふりがな, 組織形態, 活動分野 …; docs/import.md lists them);
    other columns are listed as not imported. Every row is checked as `check` checks a record,
    and problems are shown at the row's line and the column's number, with its header.
    Nothing is written unless every row is valid; an existing file is never overwritten (its
    row is reported and skipped).

    Options:
      --dry-run, -n    Check everything and show the files that would be written; write nothing.
      --map MAP.yml    A mapping file for other headers (docs/import.md), or --map npo-portal
                       for the CSV of 内閣府 NPO法人ポータルサイト.
      --content DIR    The content folder (default: content).
      --lang ja|en, --format FORMAT: as for build.
    """

    static let importHelpJa = """
    civicsite import: 表計算ソフトの一覧から記録のファイルを作ります。

    使い方: civicsite import groups|events|grants|cases ファイル.csv [--map マッピング.yml] [--dry-run]

    Excel などで CSV にしたファイル（UTF-8、または Excel の「CSV (コンマ区切り)」の Shift_JIS）を読み、
    1行ごとに content/<種類>/<スラッグ>.md を作ります。スラッグは名前から作ります。列は見出し
    （団体名、ふりがな、組織形態、活動分野 など。一覧は docs/import.md）で見分け、使わない列は表示します。
    どの行も check と同じように確かめ、問題は「行番号:列番号」と列の見出しで表示します。
    1行でもエラーがあれば何も書き出しません。すでにあるファイルは上書きしません（その行は表示して飛ばします）。

    オプション:
      --dry-run, -n    すべて確かめ、書き出すファイルを表示します。何も書き出しません。
      --map MAP.yml    ほかの見出しのためのマッピングファイル（docs/import.md）。内閣府 NPO法人ポータルサイトの
                       CSV には --map npo-portal。
      --content DIR    記録のフォルダー（ふだんは content）。
      --lang ja|en、--format FORMAT: build と同じです。
    """

    static let explain = """
    civicsite explain: the long form of a message.

    Usage: civicsite explain [ID]

    Every message ends with an id such as [CS2101]. civicsite explain CS2101 prints what the
    problem is, an example of the mistake and how to fix it. Without an id, every id is listed
    with its message. The list is also in docs/messages.md.
    """

    static let explainJa = """
    civicsite explain: メッセージの詳しい説明を表示します。

    使い方: civicsite explain [番号]

    メッセージの行の終わりには [CS2101] のような番号があります。civicsite explain CS2101 で、
    どんな問題か、間違いの例、直し方が表示されます。番号を書かないと、すべての番号とメッセージの一覧です。
    一覧は docs/messages.md にもあります。
    """

    static let build = """
    civicsite build: build the site.

    Reads every record under the content folder, checks it, renders every page with the theme,
    and replaces the output folder in one step. If anything is wrong, nothing is written and the
    previous site stays exactly as it was. The content folder is never modified.

    Usage: civicsite build [options]

    Options:
      --content DIR    The content folder to read (default: content).
      --theme DIR      Use this theme folder instead of the one named by `theme:` in site.yml
                       (default: themes/<theme>, usually themes/default).
      --output DIR     Where to write the site (default: site). Replaced as a whole on success,
                       so it may not be, hold or sit inside the content or theme folder, nor hold
                       the current folder; a folder holding files other than a built site is
                       refused unless --force is given. If it is a symbolic link, the link stays
                       and the folder it points to is replaced, only if a build wrote it.
      --drafts         Include records marked `draft: true` (to preview them; do not publish).
      --base-url URL   The address the site will be served from, overriding `base_url` in
                       site.yml, e.g. https://example.jp/shimin/ (links then work from that sub-path).
      --now DATE       The date (YYYY-MM-DD) or date-time ('YYYY-MM-DD HH:MM') the build counts as
                       today, deciding which events are upcoming and which grants are open.
                       Default: now, in Japan time. Use it for reproducible builds and tests.
      --quiet          Print nothing but problems.
      --strict         Treat warnings as errors (exit 1 if there is any warning).
      --timings        Print how long each stage of the build took.
      --force          Replace the output folder even if it holds files that are not a built site.
    """

    static let buildJa = """
    civicsite build: サイトを作ります。

    content フォルダーの記録をすべて読んで確かめ、テーマでページを作り、出力先のフォルダーを一度に
    入れ替えます。問題が1つでもあれば何も書き出さず、前のサイトはそのまま残ります。
    content フォルダーが書き換えられることはありません。

    使い方: civicsite build [オプション]

    オプション:
      --content DIR    読むフォルダー（ふだんは content）。
      --theme DIR      site.yml の theme: の代わりに使うテーマのフォルダー。
      --output DIR     書き出すフォルダー（ふだんは site）。成功したときに丸ごと入れ替わるので、
                       content やテーマのフォルダー、今いるフォルダーを指定することはできません。
                       ビルドしたサイトではないファイルがあるフォルダーは、--force がないと使えません。
      --drafts         draft: true の記録も含めます（確かめるためだけに。公開しないでください）。
      --base-url URL   公開するアドレス。site.yml の base_url の代わりに使います。
                       例: https://example.jp/shimin/
      --now DATE       ビルドが「今日」とみなす日付（YYYY-MM-DD）か日時（'YYYY-MM-DD HH:MM'）。
                       開催予定と終了、募集中と締切の分かれ目になります。ふだんは今の日本時間です。
      --quiet          問題だけを表示します。
      --strict         警告もエラーとして扱います（警告が1つでもあれば終了コード 1）。
      --timings        ビルドの段階ごとにかかった時間を表示します。
      --force          ビルドしたサイトではないファイルがあるフォルダーでも入れ替えます。
      --lang ja|en     メッセージの言語。
      --format FORMAT  問題の表示のしかた: text、github、json。
    """

    static let check = """
    civicsite check: validate without writing anything.

    Reads and checks every record and every template exactly as `build` would, prints every
    problem found (sorted by file and line), and exits 1 if there is any error.

    Usage: civicsite check [options]

    Options: the same as `build` (--content, --theme, --drafts, --base-url, --now, --quiet, --strict,
    --lang, --format); --output and --force are accepted and ignored.
    """

    static let checkJa = """
    civicsite check: 何も書き出さずに確かめます。

    記録とテンプレートを build とまったく同じように読んで確かめ、見つかった問題をすべて
    （ファイルと行の順に）表示します。エラーが1つでもあれば終了コード 1 で終わります。

    使い方: civicsite check [オプション]

    オプション: build と同じです（--content、--theme、--drafts、--base-url、--now、--quiet、--strict、
    --lang、--format）。--output と --force は書いても無視されます。
    """

    static let markdown = """
    civicsite markdown: convert Markdown to HTML.

    Reads Markdown on standard input and writes HTML on standard output, the way record bodies
    are rendered on the site: raw HTML escaped, unsafe links dropped, tables, strikethrough and
    bare URLs recognised.

    Usage: civicsite markdown [--trusted] [--ja]

    Options:
      --trusted   Strict CommonMark, as the specification's examples expect: raw HTML passed
                  through and any link allowed. Only for text you trust.
      --ja        Japanese rules: no space where a line breaks between Japanese characters, and
                  emphasis next to Japanese punctuation (「」【】…).
    """

    static let markdownJa = """
    civicsite markdown: Markdown を HTML にします。

    標準入力の Markdown を、サイトの本文と同じように HTML にして標準出力に書きます。
    HTML のタグはそのまま文字として表示され、危険なリンクは消されます。表、取り消し線、URL も扱います。

    使い方: civicsite markdown [--trusted] [--ja]

    オプション:
      --trusted   CommonMark の仕様どおりにします（HTML をそのまま通し、どのリンクも残します）。
                  信頼できる文章にだけ使ってください。
      --ja        日本語の規則: 日本語の文字の間の改行に空白を入れず、「」【】の隣の強調も認めます。
    """

    static func text(for command: String, in language: Language) -> String? {
        let ja = language == .ja
        switch command {
        case "build": return ja ? buildJa : build
        case "check": return ja ? checkJa : check
        case "explain": return ja ? explainJa : explain
        case "serve": return ja ? serveJa : serve
        case "new": return ja ? newJa : new
        case "import": return ja ? importHelpJa : importHelp
        case "markdown": return ja ? markdownJa : markdown
        case "help": return ja ? overviewJa : overview
        default: return nil
        }
    }
}
