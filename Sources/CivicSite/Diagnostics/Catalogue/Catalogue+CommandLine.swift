/// The command line: the CS0xxx messages. They have no place in a file;
/// they are printed as `error: message [CS0001]`.
extension Message {
    public static let unknownCommand = Message("CS0001", .error,
        ja: "「{command}」というコマンドはありません",
        en: "unknown command '{command}'",
        hint: .seeHelp,
        explainJa: """
        civicsite の後に書いたコマンド名が、知っているどれとも一致しません。
        使えるコマンドは build（サイトを作る）、check（確認だけする）、serve、new、import、explain、markdown、help です。

        例: civicsite biuld
        直し方: civicsite build のように正しく書きます。一覧は civicsite help で表示されます。
        """,
        explainEn: """
        The word after civicsite is not one of its commands: build, check, serve, new, import,
        explain, markdown, help.

        Example: civicsite biuld
        Fix: spell the command as listed by civicsite help, e.g. civicsite build.
        """)

    public static let missingCommand = Message("CS0002", .error,
        ja: "コマンドがありません",
        en: "no command given",
        hint: .seeHelp,
        explainJa: """
        civicsite だけを実行し、何をするか（build、check など）を書いていません。
        スクリプトがコマンドを書き忘れたまま成功したように見えないよう、終了コード 2 で終わります。

        直し方: civicsite build（サイトを作る）や civicsite check（確認する）と書きます。
        """,
        explainEn: """
        civicsite was run without a command. It exits with code 2 so that a script that forgot its
        command does not pass.

        Fix: name a command, e.g. civicsite build or civicsite check.
        """)

    public static let unknownOption = Message("CS0003", .error,
        ja: "「{command}」には「{option}」というオプションはありません",
        en: "unknown option '{option}' for '{command}'",
        hint: .seeCommandHelp,
        explainJa: """
        コマンドの後に書いたオプション（-- で始まる語）が、そのコマンドのものではありません。

        例: civicsite build --ouput public
        直し方: civicsite help build で使えるオプションを確かめ、正しく書きます（--output public）。
        """,
        explainEn: """
        An option (a word starting with --) is not one the command knows.

        Example: civicsite build --ouput public
        Fix: see civicsite help build for the options, e.g. --output public.
        """)

    public static let optionNeedsValue = Message("CS0004", .error,
        ja: "オプション「{option}」の後に値がありません",
        en: "option '{option}' needs a value",
        hint: Hint(ja: "「{option} 値」または「{option}=値」と書いてください", en: "write '{option} VALUE' or '{option}=VALUE'"),
        explainJa: """
        値をとるオプション（--output、--content、--now など）の後に値がありません。
        次の語が -- で始まるときも、値を書き忘れたとみなします。

        例: civicsite build --output --drafts
        直し方: civicsite build --output public --drafts
        """,
        explainEn: """
        An option that takes a value (--output, --content, --now …) has none after it; a following
        word that starts with -- counts as a missing value.

        Example: civicsite build --output --drafts
        Fix: civicsite build --output public --drafts
        """)

    public static let contentFolderNotFound = Message("CS0005", .error,
        ja: "コンテンツのフォルダー「{path}」が見つかりません",
        en: "content folder '{path}' not found",
        hint: Hint(ja: "プロジェクトのフォルダーで実行するか、--content でフォルダーを指定してください",
                   en: "run from the project folder or pass --content DIR"),
        explainJa: """
        記録ファイルを読むフォルダー（ふだんは content）がありません。
        多くの場合、プロジェクトのフォルダーとは別の場所でコマンドを実行しています。

        直し方: cd でプロジェクトのフォルダー（content と themes があるところ）に移ってから実行するか、
        civicsite build --content 別の/content のようにフォルダーを指定します。
        """,
        explainEn: """
        The folder the records are read from (content by default) does not exist; usually the
        command was run outside the project folder.

        Fix: cd into the project (where content/ and themes/ are), or pass --content DIR.
        """)

    public static let badBaseURLOption = Message("CS0006", .error,
        ja: "--base-url には http:// か https:// で始まる完全なアドレスを書きます（書かれた値:「{value}」）",
        en: "--base-url must be an absolute http(s) URL, got '{value}'",
        hint: Hint(ja: "例: --base-url https://example.jp/shimin/", en: "e.g. --base-url https://example.jp/shimin/"),
        explainJa: """
        --base-url はサイトを公開するアドレスです。リンクや地図、フィードに使われるため、
        https:// から始まる完全なアドレスでなければなりません。

        例: civicsite build --base-url example.jp
        直し方: civicsite build --base-url https://example.jp/shimin/
        """,
        explainEn: """
        --base-url is the address the site is published at; links, the sitemap and the feeds use
        it, so it must be a whole http(s) address.

        Example: civicsite build --base-url example.jp
        Fix: civicsite build --base-url https://example.jp/shimin/
        """)

    public static let themeFolderNotFound = Message("CS0007", .error,
        ja: "テーマのフォルダー「{path}」が見つかりません",
        en: "theme folder '{path}' not found",
        hint: Hint(ja: "themes の中のフォルダーを指定してください。例: --theme themes/default",
                   en: "name a folder under themes, e.g. --theme themes/default"),
        explainJa: """
        --theme で指定したフォルダーがありません。

        直し方: themes/default のように、テーマのフォルダーを指定します。ふだんは --theme を書かず、
        site.yml の theme: で選びます。
        """,
        explainEn: """
        The folder given with --theme does not exist.

        Fix: name a theme folder such as themes/default; usually the theme is chosen with theme:
        in site.yml instead.
        """)

    public static let badNowOption = Message("CS0008", .error,
        ja: "--now には日付（2026-12-01）か日時（'2026-12-01 09:00'）を書きます（書かれた値:「{value}」）",
        en: "--now must be a date like 2026-12-01 or a date-time like '2026-12-01 09:00', got '{value}'",
        hint: .omitted,
        explainJa: """
        --now は、ビルドが「今日」とみなす日時です。開催予定と終了、募集中と締切の分かれ目になります。

        例: civicsite build --now 12/1
        直し方: civicsite build --now 2026-12-01（時刻も指定するなら --now '2026-12-01 09:00'）
        """,
        explainEn: """
        --now is the date the build counts as today, which decides upcoming and past events and
        open and closed grants.

        Example: civicsite build --now 12/1
        Fix: civicsite build --now 2026-12-01 (or --now '2026-12-01 09:00').
        """)

    public static let noHelpTopic = Message("CS0009", .error,
        ja: "「{topic}」の説明はありません",
        en: "no help for '{topic}'",
        hint: Hint(ja: "コマンド: {commands}", en: "commands: {commands}"),
        explainJa: """
        civicsite help の後に、コマンドではない語を書きました。

        直し方: civicsite help build のように、コマンド名を書きます。
        """,
        explainEn: """
        civicsite help was given a word that is not a command.

        Fix: civicsite help build (any command name).
        """)

    public static let badLanguageOption = Message("CS0010", .error,
        ja: "--lang には ja か en を書きます（書かれた値:「{value}」）",
        en: "--lang must be ja or en, got '{value}'",
        hint: .omitted,
        explainJa: """
        メッセージの言語は日本語（ja）か英語（en）です。ふだんは site.yml の language で決まり、
        環境変数 CIVICSITE_LANG でも変えられます。

        直し方: --lang ja または --lang en
        """,
        explainEn: """
        Messages are in Japanese (ja) or English (en); normally language in site.yml decides, and
        the environment variable CIVICSITE_LANG overrides it.

        Fix: --lang ja or --lang en.
        """)

    public static let badFormatOption = Message("CS0011", .error,
        ja: "--format には text、github、json のどれかを書きます（書かれた値:「{value}」）",
        en: "--format must be text, github or json, got '{value}'",
        hint: .omitted,
        explainJa: """
        問題の表示のしかたです。text は人が読むため、github は GitHub Actions が変更されたファイルの行に
        表示するため、json はスクリプトが読むため（1行に1件）の形です。

        直し方: --format github
        """,
        explainEn: """
        How problems are printed: text for people, github for GitHub Actions annotations, json for
        scripts (one object per line).

        Fix: --format github
        """)

    public static let unknownExplainID = Message("CS0012", .error,
        ja: "「{value}」という番号のメッセージはありません",
        en: "no message has the id '{value}'",
        hint: Hint(ja: "番号はメッセージの行末の [CS1234] です。一覧は docs/messages.md にあります",
                   en: "the id is the [CS1234] at the end of a message line; docs/messages.md lists them all"),
        explainJa: """
        civicsite explain の後の番号が、どのメッセージのものでもありません。

        直し方: メッセージの行末にある [CS2101] のような番号を書きます（civicsite explain CS2101）。
        """,
        explainEn: """
        civicsite explain was given an id that no message has.

        Fix: use the id printed at the end of a message line, e.g. civicsite explain CS2101.
        """)

    public static let unexpectedArgument = Message("CS0013", .error,
        ja: "「{command}」は「{value}」を受け取りません",
        en: "'{command}' does not take '{value}'",
        hint: .seeCommandHelp,
        explainJa: """
        コマンドの後に、使われない語が残っています。

        例: civicsite check content
        直し方: フォルダーを指定するときは --content content のようにオプションで書きます。
        """,
        explainEn: """
        A word after the command is not used by it.

        Example: civicsite check content
        Fix: give folders with their option, e.g. --content content.
        """)

    public static let badSourceDateEpoch = Message("CS0014", .error,
        ja: "環境変数 SOURCE_DATE_EPOCH には、1970年からの秒数を数字で書きます（書かれた値:「{value}」）",
        en: "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got '{value}'",
        hint: Hint(ja: "例: SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)。日付で決めたいときは --now 2026-12-01 を使ってください",
                   en: "e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct); to give a date, use --now 2026-12-01"),
        explainJa: """
        SOURCE_DATE_EPOCH は、再現できるビルドのための決まった環境変数で、ファイルに書き込む日時
        （カレンダーの作成日時 DTSTAMP）を1970年1月1日からの秒数で指定します。CI では最後のコミットの日時を
        渡すと、内容を変えていない日の作り直しでカレンダーのファイルが変わりません。
        開催予定か終了かは、この値ではなく --now（ふだんは今日）で決まります。数字ではない値が書かれています。

        例: SOURCE_DATE_EPOCH=2026-12-01
        直し方: SOURCE_DATE_EPOCH=1796050800（2026年12月1日 0:00）のように秒数で書くか、変数を消して --now 2026-12-01 を使います。
        """,
        explainEn: """
        SOURCE_DATE_EPOCH, the reproducible-builds convention, gives the moment written into stamps (the
        calendars' DTSTAMP) as seconds since 1970-01-01 UTC; CI passes the last commit's time, so a
        daily rebuild of the same commit keeps the calendar files. Which events are upcoming is decided
        by --now (default: today), not by it. The value set is not a number.

        Example: SOURCE_DATE_EPOCH=2026-12-01
        Fix: give seconds (SOURCE_DATE_EPOCH=1796050800 is 2026-12-01 00:00 in Japan), or unset it and use --now 2026-12-01.
        """)

    public static let importNeedsKindAndFile = Message("CS0015", .error,
        ja: "import には、取り込む記録の種類と CSV ファイルを書きます",
        en: "import needs the kind of record and a CSV file",
        hint: Hint(ja: "例: civicsite import groups 団体一覧.csv（種類は groups、events、grants、cases）",
                   en: "e.g. civicsite import groups groups.csv (kinds: groups, events, grants, cases)"),
        explainJa: """
        civicsite import は、表計算ソフトから保存した CSV の行を、1行ずつ記録のファイルにします。
        何の記録か（groups 団体、events イベント、grants 助成金、cases 協働事例）と、CSV ファイルの名前が必要です。

        例: civicsite import 団体一覧.csv
        直し方: civicsite import groups 団体一覧.csv（まず --dry-run を付けて、何が書かれるか確かめられます）
        """,
        explainEn: """
        civicsite import turns each row of a CSV saved from a spreadsheet into a record file. It needs
        the kind of record (groups, events, grants, cases) and the CSV file.

        Example: civicsite import groups.csv
        Fix: civicsite import groups groups.csv (add --dry-run first to see what would be written).
        """)

    /// `{kind}` as typed, `{near}` for `.didYouMean`.
    public static let unknownImportKind = Message("CS0016", .error,
        ja: "「{kind}」は取り込めません。groups、events、grants、cases のどれかを書きます",
        en: "cannot import '{kind}': write groups, events, grants or cases",
        hint: .didYouMean,
        explainJa: """
        import の後の語は、取り込む記録の種類です。団体は groups、イベントは events、
        助成金・補助金は grants、協働事例は cases です。活動分野と固定ページは取り込めません。

        例: civicsite import group 団体一覧.csv
        直し方: civicsite import groups 団体一覧.csv
        """,
        explainEn: """
        The word after import is the kind of record: groups, events, grants or cases. Fields and pages
        cannot be imported.

        Example: civicsite import group groups.csv
        Fix: civicsite import groups groups.csv
        """)

    public static let internalFailure = Message("CS0099", .error,
        ja: "予期しない問題が起きました: {detail}",
        en: "unexpected failure: {detail}",
        hint: Hint(ja: "同じ操作でもう一度起きるなら、この行をそのまま開発者に知らせてください",
                   en: "if it happens again, report this line as it is"),
        explainJa: """
        civicsite 自身の想定していない失敗です。ファイルの内容の問題ではないかもしれません。

        直し方: もう一度実行し、同じなら表示された行をそのまま開発者に伝えます。
        """,
        explainEn: """
        A failure civicsite did not expect; it may not be a problem of the content.

        Fix: run it again; if it happens again, report the line as printed.
        """)
}

extension Hint {
    public static let seeHelp = Hint(ja: "使い方は civicsite help で表示されます", en: "see 'civicsite help'")
    /// `{command}`.
    public static let seeCommandHelp = Hint(ja: "使い方は civicsite help {command} で表示されます", en: "see 'civicsite help {command}'")
}

extension Catalogue {
    static let commandLine: [Message] = [
        .unknownCommand, .missingCommand, .unknownOption, .optionNeedsValue, .contentFolderNotFound,
        .badBaseURLOption, .themeFolderNotFound, .badNowOption, .noHelpTopic, .badLanguageOption,
        .badFormatOption, .unknownExplainID, .unexpectedArgument, .badSourceDateEpoch, .importNeedsKindAndFile,
        .unknownImportKind, .internalFailure,
    ]
}
