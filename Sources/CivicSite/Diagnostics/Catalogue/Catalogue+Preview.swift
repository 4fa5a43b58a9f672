/// The preview server and new records: the CS9xxx messages.
extension Message {
    /// `{port}`.
    public static let portInUse = Message("CS9001", .error,
        ja: "ポート {port} はほかのプログラムが使っています",
        en: "port {port} is already in use",
        hint: Hint(ja: "別の番号を指定してください。例: civicsite serve --port {next}", en: "choose another one, e.g. civicsite serve --port {next}"),
        explainJa: """
        プレビューは、この機械の中だけで見られるアドレス（http://127.0.0.1:8000/ など）でページを送ります。
        その番号（ポート）を、別の civicsite serve やほかのプログラムがすでに使っています。

        直し方: もう1つのプレビューを止めるか、civicsite serve --port 8001 のように別の番号を使います。
        """,
        explainEn: """
        The preview serves pages at a local address such as http://127.0.0.1:8000/; another civicsite
        serve or another program already uses that port.

        Fix: stop the other one, or use another port: civicsite serve --port 8001.
        """)

    /// `{host}`, `{port}`, `{reason}`.
    public static let cannotListen = Message("CS9002", .error,
        ja: "{host}:{port} でプレビューを始められません（{reason}）",
        en: "cannot serve the preview on {host}:{port} ({reason})",
        hint: Hint(ja: "--host と --port を確かめてください。ふだんは何も付けずに civicsite serve で始めます",
                   en: "check --host and --port; usually civicsite serve needs neither"),
        explainJa: """
        指定したアドレスと番号で待ち受けができませんでした。--host にこの機械のものではないアドレスを書いた、
        1024 より小さい番号に権限がない、などが考えられます。

        直し方: --host と --port を付けずに civicsite serve を実行します（http://127.0.0.1:8000/）。
        """,
        explainEn: """
        The preview could not listen on that address and port: an address that is not this machine's,
        a port below 1024 without permission, …

        Fix: run civicsite serve without --host and --port (http://127.0.0.1:8000/).
        """)

    /// `{host}`.
    public static let previewVisibleOnNetwork = Message("CS9003", .warning,
        ja: "--host {host} では、同じネットワークのほかの機械からもプレビュー（下書きを含む）が見えます",
        en: "with --host {host} the preview (drafts included) can be seen from other machines on the network",
        hint: Hint(ja: "この機械の中だけで見るなら --host を付けないでください", en: "leave out --host to keep it on this machine"),
        explainJa: """
        プレビューはふだん、この機械の中だけで見られるアドレス（127.0.0.1）で動きます。
        --host に別のアドレス（0.0.0.0 など）を書くと、同じネットワークの誰でも見られるようになります。
        公開前の記録や下書きが見えてしまうことがあります。

        直し方: スマートフォンで確かめるなど、必要なときだけ使います。ふだんは --host を付けません。
        """,
        explainEn: """
        The preview normally listens on 127.0.0.1, visible on this machine only. Another --host (such
        as 0.0.0.0) lets anyone on the network see it, unpublished records and drafts included.

        Fix: use it only when needed (to look on a phone); leave it out otherwise.
        """)

    /// `{value}`.
    public static let badPort = Message("CS9004", .error,
        ja: "--port には 0〜65535 の番号を書きます（書かれた値:「{value}」）",
        en: "--port must be a number from 0 to 65535, got '{value}'",
        hint: Hint(ja: "例: --port 8000", en: "e.g. --port 8000"),
        explainJa: """
        プレビューのアドレスの番号（ポート）は 0〜65535 の数字です。0 を書くと空いている番号が選ばれます。

        直し方: civicsite serve --port 8000
        """,
        explainEn: """
        The preview's port is a number from 0 to 65535; 0 picks a free one.

        Fix: civicsite serve --port 8000
        """)
}

/// The lines `serve` prints and the texts of the page that shows problems.
public enum PreviewText {
    /// `{address}`.
    public static let serving = LocalizedText(
        ja: "プレビュー: {address} （ファイルを保存すると更新されます。Ctrl+C で終了）",
        en: "preview at {address} (saving a file updates it; Ctrl+C to stop)")
    /// `{pages}`, `{seconds}`.
    public static let rebuilt = LocalizedText(ja: "更新しました: {pages}ページ、{seconds}秒", en: "updated: {pages} pages in {seconds} s")
    /// `{errors}`, `{warnings}`.
    public static let rebuildFailed = LocalizedText(
        ja: "問題があります: エラー {errors}件、警告 {warnings}件。ブラウザーにも表示しています",
        en: "problems found: {errors} errors, {warnings} warnings; shown in the browser too")
    public static let stopped = LocalizedText(ja: "プレビューを終了しました", en: "preview stopped")
    public static let errorPageTitle = LocalizedText(ja: "直す必要のある問題があります", en: "Problems to fix")
    /// `{errors}`, `{warnings}`.
    public static let errorPageSummary = LocalizedText(
        ja: "エラー {errors}件、警告 {warnings}件。直してファイルを保存すると、このページは自動で更新されます。",
        en: "{errors} errors, {warnings} warnings. Save a fix and this page updates by itself.")
    public static let errorPageFooter = LocalizedText(
        ja: "この画面はプレビューだけのものです。公開されるサイトには出ません。",
        en: "This page is shown by the preview only; it is never published.")
    public static let hintLabel = LocalizedText(ja: "ヒント", en: "hint")

    public static func render(_ text: LocalizedText, _ arguments: MessageArguments, in language: Language) -> String {
        MessageTemplate.fill(text[language], arguments, language)
    }
}

extension Catalogue {
    static let preview: [Message] = [.portInUse, .cannotListen, .previewVisibleOnNetwork, .badPort]
}
