/// Importing spreadsheets: reading the file and its headers (CS600x–CS601x;
/// the rows, the mapping and writing are in `Catalogue+ImportRows.swift`).
/// A problem in a row is reported at `file.csv:LINE:COLUMN`, LINE the line
/// of the file the cell starts on and COLUMN the spreadsheet column (1 = A),
/// followed by the column's header (`ImportText.inColumn`).
extension Message {
    /// `{path}` as typed, `{reason}` the system's reason.
    public static let importFileUnreadable = Message("CS6001", .error,
        ja: "「{path}」を読めませんでした（{reason}）",
        en: "could not read '{path}' ({reason})",
        hint: Hint(ja: "ファイルの名前と場所を確かめてください", en: "check the file's name and folder"),
        explainJa: """
        取り込む CSV ファイル（またはマッピングファイル）が見つからないか、読む権限がありません。

        例: civicsite import groups 団体一覧.csv（ファイルが別のフォルダーにある）
        直し方: ファイルのある場所を含めて書きます（civicsite import groups ~/Desktop/団体一覧.csv）。
        """,
        explainEn: """
        The CSV file (or the mapping file) to import does not exist or cannot be read.

        Example: civicsite import groups groups.csv while the file is in another folder.
        Fix: give its path, e.g. civicsite import groups ~/Desktop/groups.csv.
        """)

    public static let csvSavedAsUTF16 = Message("CS6002", .error,
        ja: "「Unicode テキスト」（UTF-16）で保存されたファイルです。CSV として読めません",
        en: "the file was saved as Unicode text (UTF-16), not as CSV",
        hint: .saveAsCSV,
        explainJa: """
        Excel の「Unicode テキスト」で保存したファイルは、区切りがタブで、文字コードも CSV とは違います。

        直し方: Excel で「名前を付けて保存」を選び、ファイルの種類を「CSV UTF-8 (コンマ区切り)」
        （または「CSV (コンマ区切り)」）にして保存し直します。
        """,
        explainEn: """
        Excel's "Unicode Text" is tab-separated UTF-16, not CSV.

        Fix: in Excel choose Save As, type "CSV UTF-8 (Comma delimited)" (or "CSV (Comma delimited)").
        """)

    public static let csvUnreadableCharacter = Message("CS6003", .error,
        ja: "このセルに、UTF-8 としても Shift_JIS（Windows）としても読めない文字があります",
        en: "this cell has a character that is neither UTF-8 nor Shift_JIS (Windows)",
        hint: Hint(ja: "外字（パソコンで作った文字）か壊れた文字です。Excel でその文字を打ち直して保存してください",
                   en: "it is a user-defined or damaged character: retype it in Excel and save again"),
        explainJa: """
        CSV は UTF-8 か Shift_JIS（Windows の Excel の「CSV (コンマ区切り)」）で読みます。そのどちらでも文字に
        ならないバイトがありました。外字（そのパソコンだけで作った文字）や、途中で切れたファイルに起きます。
        その文字は公開できないので、取り込みません。

        直し方: Excel で表示されたセルを開き、その文字を打ち直すか別の字に置き換えて、保存し直します。
        """,
        explainEn: """
        A CSV is read as UTF-8 or as Shift_JIS as Windows Excel saves it; some bytes are neither: a
        user-defined character (外字) or a damaged file. Such a character cannot be published.

        Fix: open the cell in Excel, retype or replace the character and save again.
        """)

    public static let csvUnclosedQuote = Message("CS6004", .error,
        ja: "このセルを始める「\"」が閉じられていません。ファイルの終わりまでが1つのセルになります",
        en: "the quote that opens this cell is never closed: the rest of the file would be one cell",
        hint: Hint(ja: "セルの中の「\"」は「\"\"」と2つ重ねて書きます", en: "a quote inside a quoted cell is written twice: \"\""),
        explainJa: """
        「"」で始まるセルは、次の「"」までが中身です（中の「"」は「""」と書きます）。閉じる「"」がないため、
        その後のすべての行が1つのセルとして読まれてしまいます。手で書き直した CSV によく起きます。

        例: 1,"さくら会,2001
        直し方: 1,"さくら会",2001 と閉じるか、Excel で開いて保存し直します。
        """,
        explainEn: """
        A cell that starts with a quote runs to the next quote (a quote inside is written ""). This
        one never closes, so every later line would be part of it; it happens in hand-edited CSV.

        Example: 1,"Sakura,2001
        Fix: close it (1,"Sakura",2001), or open the file in Excel and save it again.
        """)

    public static let csvTextAfterQuote = Message("CS6005", .warning,
        ja: "このセルの閉じる「\"」の後に文字があります。Excel と同じように、セルの続きとして読みました",
        en: "text follows the closing quote of this cell; it was read as part of the cell, as Excel does",
        hint: Hint(ja: "セル全体を「\"」で囲み、中の「\"」は「\"\"」と書いてください",
                   en: "put the whole cell in quotes and write a quote inside it as \"\""),
        explainJa: """
        「"」で囲んだセルの閉じる「"」の後に、区切りのコンマの前に文字があります。Excel はこれを続けて1つの
        セルとして読むので、同じように読みました。意図したとおりか確かめてください。

        例: "さくら"会,2001
        直し方: "さくら会",2001
        """,
        explainEn: """
        After the closing quote of a cell there is text before the next comma. Excel reads it as part
        of the cell, and so does the import; check that it is what was meant.

        Example: "Sakura"kai,2001
        Fix: "Sakurakai",2001
        """)

    /// `{path}` as typed.
    public static let csvNoRows = Message("CS6006", .error,
        ja: "「{path}」には、見出しの行の下に取り込む行がありません",
        en: "'{path}' has no rows below its header",
        hint: Hint(ja: "1行目に見出し、2行目から1行に1件ずつ書いてください",
                   en: "put the headers in the first row and one record per row below"),
        explainJa: """
        CSV ファイルが空か、見出しの行しかありません。

        直し方: Excel で表を確かめ、見出しの下に記録の行がある状態で保存し直します。
        """,
        explainEn: """
        The CSV is empty or has only its header row.

        Fix: check the sheet in Excel and save it with the records below the headers.
        """)

    /// `{kind}` a `Term.kind`, `{examples}` a list of headers.
    public static let csvNoKnownHeader = Message("CS6007", .error,
        ja: "見出しの行に、{kind}の列として知っている見出しがありません",
        en: "no header in the first rows is a column of {kind}",
        hint: Hint(ja: "「{examples}」のような見出しにするか、--map でマッピングファイルを指定してください",
                   en: "name the columns like {examples}, or give a mapping file with --map"),
        explainJa: """
        取り込みは、見出し（団体名、ふりがな、組織形態 など）で列を見分けます。最初の行のどれにも、
        その種類の記録の見出しがありませんでした。別の種類（groups と events など）を選んだのかもしれません。

        直し方: 見出しを docs/import.md の名前にするか、「見出し: キー」を書いたマッピングファイルを --map で渡します。
        """,
        explainEn: """
        The import recognises columns by their headers (団体名, ふりがな, 組織形態 …); none of the first
        rows has a header of this kind of record. Perhaps another kind was meant.

        Fix: use the headers of docs/import.md, or pass a mapping file with --map.
        """)

    /// `{key}`, `{kind}` a `Term.kind`, `{headers}` the headers looked for.
    public static let missingColumn = Message("CS6010", .error,
        ja: "{kind}に欠かせない「{key}」の列がありません（探した見出し: {headers}）",
        en: "no column gives '{key}', which every {kind} record needs (headers looked for: {headers})",
        hint: Hint(ja: "この見出しの列を加えるか、マッピングファイル（--map）で自分の列を「{key}」にしてください",
                   en: "add a column with one of these headers, or map yours to '{key}' in a mapping file (--map)"),
        explainJa: """
        どの記録にも必要な項目（団体なら名前、ふりがな、組織形態、活動分野、概要）の列が見つかりません。
        列がないと、どの行も記録にできません。

        例: 「よみ」の列がない団体の一覧
        直し方: 「ふりがな」の列を加えて各行に読みを書くか、別の見出しの列を --map で kana にします。
        """,
        explainEn: """
        A value every record of the kind needs (for a group: name, reading, type, fields, summary) has
        no column, so no row can become a record.

        Example: a list of groups without a reading column.
        Fix: add a ふりがな column, or map another column to kana with --map.
        """)

    /// `{header}`.
    public static let unusedColumn = Message("CS6011", .warning,
        ja: "列「{header}」は取り込みません",
        en: "column '{header}' is not imported",
        hint: Hint(ja: "取り込むなら、マッピングファイル（--map）に「{header}: キー」と書いてください",
                   en: "to import it, name it in a mapping file (--map): '{header}: KEY'"),
        explainJa: """
        この見出しの列は、記録のどの項目にも当たらないため、取り込みません（値はどこにも書かれません）。

        例: 「備考」「整理番号」の列
        直し方: 載せたい列なら、マッピングファイルに「備考: body」（本文にする）のように書いて --map で渡します。
        載せない列なら、この警告はそのままでかまいません。
        """,
        explainEn: """
        No key of the record matches this header, so the column is not imported anywhere.

        Example: a 備考 or 整理番号 column.
        Fix: to import it, map it in a mapping file ('備考: body' makes it the text) and pass --map; if
        it should not be published, leave it.
        """)

    /// `{header}`, `{key}`, `{other}` the header of the column that is read.
    public static let columnReadTwice = Message("CS6012", .warning,
        ja: "列「{header}」も「{key}」の列ですが、先にある列「{other}」を使うため取り込みません",
        en: "column '{header}' also gives '{key}', which column '{other}' already gives: it is not imported",
        hint: Hint(ja: "どちらかの列を消すか、マッピングファイル（--map）で別のキーにしてください",
                   en: "delete one of the columns, or map this one to another key (--map)"),
        explainJa: """
        2つの列が同じ項目（電話番号など）になります。1つの記録に同じキーは1つしか書けないので、先の列だけを使います。

        例: 「TEL」と「電話番号」の列が両方ある
        直し方: 使わない列を消すか、マッピングファイルでもう一方を別のキー（FAX など）にします。
        """,
        explainEn: """
        Two columns give the same key (a phone number, say); a record has each key once, so only the
        first is used.

        Example: both a TEL and a 電話番号 column.
        Fix: delete one, or map the other to another key in a mapping file.
        """)

    public static let cellWithoutHeader = Message("CS6013", .warning,
        ja: "このセルには値がありますが、列に見出しがないため取り込みません",
        en: "this cell has a value but its column has no header: it is not imported",
        hint: Hint(ja: "見出しの行にこの列の名前を書いてください", en: "give the column a header"),
        explainJa: """
        見出しのない列に値があります。何の値かわからないので取り込みません（この列の最初の値で1度だけ表示します）。

        直し方: 見出しの行にこの列の名前を書くか、いらない列なら消します。
        """,
        explainEn: """
        A column without a header has values; without a header it is not known what they are, so they
        are not imported (reported once, at the column's first value).

        Fix: give the column a header, or delete it.
        """)
}

extension Hint {
    public static let saveAsCSV = Hint(
        ja: "Excel で「名前を付けて保存」→ ファイルの種類「CSV UTF-8 (コンマ区切り)」で保存し直してください",
        en: "in Excel, Save As with the type 'CSV UTF-8 (Comma delimited)'")
}

/// Texts of the import run that are not problems.
public enum ImportText {
    /// After a message about a cell: the column's header.
    public static let inColumn = LocalizedText(ja: "（列「{column}」）", en: " (column '{column}')")

    /// `{count}`, `{warnings}`.
    public static let dryRun = LocalizedText(
        ja: "確認のみ（--dry-run）: {count}件のファイルを書き出せます（警告 {warnings}件）。何も書いていません",
        en: "dry run: {count} files would be written ({warnings} warnings); nothing was written")

    /// `{count}`, `{folder}`, `{warnings}`.
    public static let imported = LocalizedText(
        ja: "取り込み完了: {count}件のファイルを {folder} に書き出しました（警告 {warnings}件）",
        en: "imported: wrote {count} files to {folder} ({warnings} warnings)")

    /// `{errors}`, `{rows}`, `{warnings}`.
    public static let failed = LocalizedText(
        ja: "取り込めませんでした: {rows}行にエラー {errors}件、警告 {warnings}件。何も書いていません",
        en: "import failed: {errors} errors in {rows} rows, {warnings} warnings; nothing was written")

    /// `{count}` files written before a failure.
    public static let stopped = LocalizedText(
        ja: "書き出しの途中で止まりました。書き出したファイルは {count}件です:",
        en: "writing stopped part way; {count} files were written:")

    /// `{path}`, one per file in a dry run or after a failure.
    public static let fileLine = LocalizedText(ja: "  {path}", en: "  {path}")

    /// `{path}` before the text a dry run shows.
    public static let dryRunFile = LocalizedText(ja: "==> {path}（書き出す内容）", en: "==> {path} (would be written)")

    /// `{count}`.
    public static let skipped = LocalizedText(
        ja: "取り込まない行: {count}行（上の警告のとおり）",
        en: "rows not imported: {count} (see the warnings above)")
}

extension Catalogue {
    static let imports: [Message] = [
        .importFileUnreadable, .csvSavedAsUTF16, .csvUnreadableCharacter, .csvUnclosedQuote, .csvTextAfterQuote,
        .csvNoRows, .csvNoKnownHeader, .missingColumn, .unusedColumn, .columnReadTwice, .cellWithoutHeader,
        .emptyRequiredCell, .repeatedRow, .sameNameAsRow, .recordExists, .badMark, .fieldWithoutCounterpart,
        .mappingNotKeyValues, .mappingUnknownKey, .mappingUnknownTarget, .importWriteFailed, .importFileAppeared,
    ]
}
