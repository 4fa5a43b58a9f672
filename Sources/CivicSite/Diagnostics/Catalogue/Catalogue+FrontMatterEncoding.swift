/// Reading a file's bytes as text (`SourceText`): the CS1001–CS1049 messages.
/// They stand at the line and column of the first character that cannot be
/// read, never at a byte offset.
extension Message {
    public static let savedAsUTF16 = Message("CS1001", .error,
        ja: "ファイルの文字コードが UTF-8 ではなく UTF-16 です",
        en: "file is saved as UTF-16, not UTF-8",
        hint: .saveAsUTF8,
        explainJa: """
        civicsite が読めるのは文字コード UTF-8 のファイルだけです。このファイルは UTF-16
        （メモ帳の「UTF-16 LE」や、Excel の「Unicode テキスト」）で保存されています。

        例: メモ帳で「名前を付けて保存」のときに文字コード「UTF-16 LE」を選んだ groups/sakura.md
        直し方: メモ帳でファイルを開き、「ファイル」→「名前を付けて保存」で、文字コード（エンコード）を
        「UTF-8」にして上書き保存します。
        """,
        explainEn: """
        civicsite reads UTF-8 files only; this one is saved as UTF-16 (Notepad's "UTF-16 LE",
        Excel's "Unicode text").

        Fix: open it in Notepad, choose File → Save As, set the encoding to UTF-8 and save over it.
        """)

    /// `{line}`, `{column}`: where the first character that is not UTF-8 is.
    public static let looksLikeShiftJIS = Message("CS1002", .error,
        ja: "ファイルの文字コードが UTF-8 ではありません。Shift_JIS で保存されているようです（最初に読めない文字は{line}行目の{column}文字目）",
        en: "file is not UTF-8; it looks like Shift_JIS (the first character that is not UTF-8 is on line {line}, column {column})",
        hint: .saveShiftJISAsUTF8,
        explainJa: """
        civicsite が読めるのは文字コード UTF-8 のファイルだけです。古いエディターや、Windows のメモ帳で
        文字コード「ANSI」を選んで保存すると、日本語が Shift_JIS になります。そのまま読むと文字化けした
        ページが公開されてしまうので、エラーにしています。

        例: メモ帳で文字コード「ANSI」を選んで保存した groups/sakura.md（title: さくら子ども食堂）
        直し方: メモ帳でファイルを開き（日本語が正しく見えることを確かめます）、「ファイル」→
        「名前を付けて保存」で、文字コード（エンコード）を「UTF-8」にして上書き保存します。
        VS Code では、右下の文字コードの表示から「エンコード付きで再度開く」→「Japanese (Shift JIS)」を選び、
        もう一度そこから「エンコード付きで保存」→「UTF-8」を選びます。
        """,
        explainEn: """
        civicsite reads UTF-8 files only. Older editors, and Notepad with the "ANSI" encoding, save
        Japanese text as Shift_JIS; reading it anyway would publish garbled pages.

        Fix: open the file in Notepad (check that the Japanese looks right), choose File → Save As,
        set the encoding to UTF-8 and save over it. In VS Code: Reopen with Encoding → Japanese
        (Shift JIS), then Save with Encoding → UTF-8.
        """)

    /// `{line}`, `{column}`.
    public static let looksLikeEUCJP = Message("CS1003", .error,
        ja: "ファイルの文字コードが UTF-8 ではありません。EUC-JP で保存されているようです（最初に読めない文字は{line}行目の{column}文字目）",
        en: "file is not UTF-8; it looks like EUC-JP (the first character that is not UTF-8 is on line {line}, column {column})",
        hint: .saveEUCJPAsUTF8,
        explainJa: """
        civicsite が読めるのは文字コード UTF-8 のファイルだけです。このファイルは、古いサーバーや
        Linux のエディターで使われていた EUC-JP で保存されているようです。

        例: 以前のホームページから写した文章を EUC-JP のまま保存した pages/about.md
        直し方: 文字コードを選べるエディターで EUC-JP として開き、UTF-8 で保存し直します。
        VS Code では「エンコード付きで再度開く」→「Japanese (EUC-JP)」、次に「エンコード付きで保存」→「UTF-8」です。
        """,
        explainEn: """
        civicsite reads UTF-8 files only; this one looks like EUC-JP, the encoding of older servers and
        Unix editors.

        Fix: open it as EUC-JP in an editor that can choose the encoding and save it as UTF-8 (VS Code:
        Reopen with Encoding → Japanese (EUC-JP), then Save with Encoding → UTF-8).
        """)

    /// `{line}`, `{column}`.
    public static let invalidUTF8 = Message("CS1004", .error,
        ja: "ファイルに UTF-8 として読めない文字があります（{line}行目の{column}文字目）",
        en: "file is not valid UTF-8 (the first character that is not UTF-8 is on line {line}, column {column})",
        hint: .retypeBrokenCharacter,
        explainJa: """
        ファイルはおおむね UTF-8 ですが、途中に UTF-8 として読めない文字があります。別の文字コードの
        文章を貼り付けたときや、ファイルが途中で壊れたときに起きます。

        例: 古い資料から貼り付けた一文だけが文字化けしている events/bazaar.md
        直し方: 表示された行と位置の文字を消して打ち直し、メモ帳なら「名前を付けて保存」で文字コード
        （エンコード）「UTF-8」を選んで保存します。
        """,
        explainEn: """
        The file is mostly UTF-8 but holds bytes that are not, usually text pasted from a file in
        another encoding, or a damaged file.

        Fix: delete and retype the characters at the place shown, then save as UTF-8 (Notepad: File →
        Save As, encoding UTF-8).
        """)

    public static let sourceUnreadable = Message("CS1009", .error,
        ja: "ファイルを読み込めません",
        en: "cannot read the file",
        hint: Hint(ja: "ファイルがあるか、開く権限があるかを確かめてください", en: "check that it exists and is readable"),
        explainJa: """
        ファイルを開けませんでした。確認中に消されたか、名前が変わったか、読む権限がありません。

        直し方: ファイルがその場所にあり、ほかのアプリで開けることを確かめてから、もう一度実行します。
        """,
        explainEn: """
        The file could not be opened: it was removed or renamed during the run, or it may not be read.

        Fix: check that the file is there and opens in another program, then run again.
        """)
}

extension Hint {
    public static let saveAsUTF8 = Hint(
        ja: "メモ帳なら「ファイル」→「名前を付けて保存」で、文字コード（エンコード）を「UTF-8」にして保存し直してください",
        en: "save the file as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)")
    public static let saveShiftJISAsUTF8 = Hint(
        ja: "メモ帳で開き、「ファイル」→「名前を付けて保存」で文字コード（エンコード）を「UTF-8」にして保存し直してください。VS Code なら「エンコード付きで再度開く」→「Japanese (Shift JIS)」の後、「エンコード付きで保存」→「UTF-8」です",
        en: "save the file as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8; in VS Code: Reopen with Encoding → Japanese (Shift JIS), then Save with Encoding → UTF-8)")
    public static let saveEUCJPAsUTF8 = Hint(
        ja: "EUC-JP として開いて UTF-8 で保存し直してください。VS Code なら「エンコード付きで再度開く」→「Japanese (EUC-JP)」の後、「エンコード付きで保存」→「UTF-8」です",
        en: "open it as EUC-JP and save it as UTF-8 (in VS Code: Reopen with Encoding → Japanese (EUC-JP), then Save with Encoding → UTF-8)")
    public static let retypeBrokenCharacter = Hint(
        ja: "その位置の文字を消して打ち直し、文字コード「UTF-8」で保存してください（メモ帳: 「名前を付けて保存」→ 文字コード「UTF-8」）",
        en: "retype the characters there and save the file as UTF-8 (in Notepad: File → Save As → Encoding: UTF-8)")
}
