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

    /// `{columns}` the table's columns, `{limit}` `MarkdownRenderer.maxTableCells`.
    public static let bodyTableTooLarge = Message("CS8002", .warning,
        ja: "表が大きすぎます（{columns} 列。1つの表は {limit} マスまで）。この行から後は表にならず、文字のまま載ります",
        en: "the table is too large ({columns} columns; a table may have {limit} cells): from this line on, it shows as plain text",
        hint: Hint(ja: "表をいくつかの小さな表に分け、それぞれに見出しの行と区切りの行（|---|）を書いてください",
                   en: "split it into several smaller tables, each with its own header row and |---| line"),
        explainJa: """
        本文の表は、見出しの行も含めて「行の数 × 列の数」が 10,000 マスまでです。10 列なら 1,000 行までで、
        ページで読める長さをもう超えています。それを超えた行から後は、表ではなく、書いたとおりの文字（| の入った行）
        のままページに載ります。消えるものはありませんが、表には見えません。

        例: 8 列の表に 1,500 行（12,000 マス）
        直し方: 表をいくつかに分けます（それぞれの表に見出しの行と |---| の行を書きます）。
        大きな一覧は、ページを分けることも考えてください。
        """,
        explainEn: """
        A table in a body may have 10,000 cells at most, counted as rows × columns with the header row:
        1,000 rows of ten columns, already longer than anyone reads on a page. The line that would go
        past the limit, and the table's lines after it, show as the plain text they are (lines with |):
        nothing is lost, but it no longer looks like a table.

        Example: a table of 8 columns and 1,500 rows (12,000 cells)
        Fix: split it into several tables, each with its own header row and |---| line; a long list
        may also be better spread over several pages.
        """)

    /// `{limit}` `MarkdownOptions.defaultNestingLimit`.
    public static let bodyNestingTooDeep = Message("CS8003", .warning,
        ja: "引用（>）と箇条書きの入れ子が {limit} 段を超えています。ここから行の終わりまでは、書いたとおりの文字で載ります",
        en: "quotes (>) and lists are nested more than {limit} levels deep: from here to the end of the line, the text shows as written",
        hint: Hint(ja: "入れ子を浅くしてください", en: "nest fewer levels"),
        explainJa: """
        本文の引用（行頭の >）と箇条書き（行頭の - や 1.）は、合わせて 32 段まで入れ子にできます。
        それより深い > や - は、記号のまま文字として載ります。ふつうの文章は数段しか使いません。
        深すぎる入れ子は読みにくく、処理にも時間がかかります。

        例: > > > > …（33 個以上の >）
        直し方: 入れ子を浅くします。引用の中の引用は、たいてい1段で足ります。
        """,
        explainEn: """
        Quotes (a > at the start of a line) and list items (- or 1. at the start) may be nested 32
        levels deep, counted together. A deeper > or - shows as the character it is, with the rest of
        its line. Ordinary text uses a few levels; deeper nesting is hard to read and slow to process.

        Example: > > > > … (33 or more >)
        Fix: nest fewer levels; a quote inside a quote is usually enough.
        """)
}

extension Message {
    /// `{cells}` the row's cells, `{columns}` the table's, `{rows}` how many
    /// rows of the table have more cells than columns (one warning per table).
    public static let bodyTableRowTooWide = Message("CS8004", .warning,
        ja: "この行には {cells} 個のマスがありますが、表は {columns} 列なので、はみ出たマスは載りません（この表で {rows} 行）",
        en: "this row has {cells} cells but the table has {columns} columns: the cells past the last column are not shown (rows like this in the table: {rows})",
        hint: Hint(ja: "見出しの行と区切りの行（|---|）に列を足すか、この行の余分な | を消してください",
                   en: "add the columns to the header row and the |---| line, or remove the extra | from the row"),
        explainJa: """
        本文の表の列の数は、1行目（見出しの行）と2行目（|---| の行）で決まります。それより多くマスのある行は、
        はみ出たマスがページに載りません（GFM という Markdown の決まりです）。マスの中に | を書いて、
        知らずにマスが増えた場合にも起きます。表ごとに、最初のその行で知らせます。

        例: | 日付 | 場所 |  の表に  | 4月1日 | 公民館 | 10時から |
        直し方: 見出しの行と |---| の行に列を足します（| 日付 | 場所 | 時間 |）。マスの中の | は \\| と書きます。
        """,
        explainEn: """
        A table in a body has as many columns as its first two lines (the header row and the |---|
        line) have cells. A row with more cells loses the ones past the last column: GFM, the
        Markdown dialect, leaves them out of the page. A | typed inside a cell adds a cell without
        meaning to. Each table is reported once, at its first such row.

        Example: a row | 1 April | hall | from 10:00 | in a table headed | date | place |
        Fix: add the column to the header row and the |---| line (| date | place | time |); write a
        | inside a cell as \\|.
        """)
}

extension Catalogue {
    static let bodies: [Message] = [.urlCutAtJapanese, .bodyTableTooLarge, .bodyNestingTooDeep, .bodyTableRowTooWide]
}
