/// Record bodies: the CS8xxx messages.
extension Message {
    /// `{linked}` the part that became the link, `{leftOver}` the text after it.
    public static let urlCutAtJapanese = Message("CS8001", .warning,
        ja: "URL が日本語の文字の前で切れ、「{leftOver}」がリンクに入っていません（リンク: {linked}）",
        en: "the URL stops before the Japanese text: '{leftOver}' is not part of the link ({linked})",
        hint: Hint(ja: "URL の全体をリンクにするには、< と > で囲んでください: <{linked}{leftOver}>",
                   en: "to link the whole address, put it between < and >: <{linked}{leftOver}>"),
        explainJa: """
        本文に書いた URL は自動でリンクになりますが、すぐ後に日本語が続くと、その前でリンクが終わります
        （「https://example.jp/ をご覧ください」のように書けるようにするためです）。
        日本語を含む URL（ウィキペディアのページなど）は、途中でリンクが切れてしまいます。

        例: https://ja.wikipedia.org/wiki/東京都
        直し方: <https://ja.wikipedia.org/wiki/東京都> のように < と > で囲みます。
        """,
        explainEn: """
        A URL in a body becomes a link by itself, and stops before Japanese text that follows it (so
        that "https://example.jp/ をご覧ください" works). An address that contains Japanese, such
        as a Wikipedia page, is cut there.

        Example: https://ja.wikipedia.org/wiki/東京都
        Fix: put it between < and >: <https://ja.wikipedia.org/wiki/東京都>.
        """)
}

extension Catalogue {
    static let bodies: [Message] = [.urlCutAtJapanese]
}
