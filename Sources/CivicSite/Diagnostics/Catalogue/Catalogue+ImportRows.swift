/// Importing spreadsheets, the rows: required cells, repeated rows and
/// records, marks and fields (CS602x–CS603x), the mapping file (CS604x)
/// and writing the files (CS605x). Reading the file and its headers is in
/// `Catalogue+Imports.swift`.
extension Message {
    /// `{key}`.
    public static let emptyRequiredCell = Message("CS6020", .error,
        ja: "この行には「{key}」がありません",
        en: "this row has no '{key}'",
        hint: Hint(ja: "結合したセルを CSV にすると、値は一番上の行にだけ残ります。行ごとに値を書いてください",
                   en: "a merged cell keeps its value only in its first row when saved as CSV: write the value in every row"),
        explainJa: """
        どの記録にも必要な項目のセルが空です。Excel で縦に結合したセルは、CSV にすると一番上の行にしか値が
        残らず、下の行は空になります。

        例: 組織形態の「任意団体」を3行分結合していた
        直し方: 結合を解除し、各行に値を書いてから保存し直します。
        """,
        explainEn: """
        A cell every record needs is empty. A cell merged over several rows in Excel keeps its value only
        in the first row when saved as CSV.

        Example: 任意団体 merged over three rows of the type column.
        Fix: unmerge the cells, write the value in every row and save again.
        """)

    /// `{other}` the line of the earlier row.
    public static let repeatedRow = Message("CS6021", .warning,
        ja: "この行は{other}行目の行とまったく同じです。1件だけ取り込みます",
        en: "this row is the same as the row on line {other}; it is imported once",
        hint: Hint(ja: "表からこの行を消してください", en: "delete the row from the sheet"),
        explainJa: """
        すべての値が前の行と同じです。コピーの貼り付けの重なりでよく起きます。同じ記録を2つ作らないよう、
        最初の行だけを取り込みます。

        直し方: 表から重なった行を消します。
        """,
        explainEn: """
        Every value is the same as in an earlier row, usually from pasting twice. Only the first is
        imported, so the same record is not made twice.

        Fix: delete the repeated row.
        """)

    /// `{title}`, `{other}` the earlier line, `{slug}` the slug this row gets.
    public static let sameNameAsRow = Message("CS6022", .warning,
        ja: "「{title}」は{other}行目と同じ名前です。この行は {slug} として取り込みます",
        en: "'{title}' is also the name in the row on line {other}; this row is imported as {slug}",
        hint: Hint(ja: "同じ団体なら、どちらかの行を消してください", en: "if it is the same record, delete one of the rows"),
        explainJa: """
        名前が前の行と同じで、ほかの値が違います。別の記録として、名前の後に番号を付けたファイル名で取り込みます。

        直し方: 同じ団体の行が2つあるなら、正しいほうを残して片方を消します。
        """,
        explainEn: """
        The name is the same as in an earlier row but other values differ. It is imported as another
        record, its file name numbered.

        Fix: if both rows are the same record, keep the right one and delete the other.
        """)

    /// `{title}`, `{path}` the existing file.
    public static let recordExists = Message("CS6023", .warning,
        ja: "「{title}」はすでに {path} にあります。この行は取り込みません（ファイルは上書きしません）",
        en: "'{title}' is already in {path}: this row is not imported (files are never overwritten)",
        hint: Hint(ja: "内容を変えるなら {path} を直してください", en: "to change the record, edit {path}"),
        explainJa: """
        同じ名前の記録のファイルがすでにあります。取り込みは今あるファイルを書き換えないので、この行は飛ばします。
        同じ CSV をもう一度取り込んだときにも出ます。

        直し方: 記録を直すときは、そのファイルを直接直します。
        """,
        explainEn: """
        A record of that name already has a file; the import never changes an existing file, so the row
        is skipped. It also shows when the same CSV is imported twice.

        Fix: to change the record, edit its file.
        """)

    /// `{value}`.
    public static let badMark = Message("CS6030", .error,
        ja: "印の列に「{value}」があります",
        en: "'{value}' in a column of marks",
        hint: Hint(ja: "その分野なら ○ か 1 を、そうでなければ空にしてください", en: "write ○ or 1 to mark the field, or leave the cell empty"),
        explainJa: """
        分野ごとの列（「子ども」「環境保全」など）には、当てはまる分野に印（○、1、はい）を書き、ほかは空にします。
        それ以外の値は、印かどうかわかりません。

        例: 子どもの列に「主に小学生」
        直し方: ○ にして、説明は概要か本文に書きます。
        """,
        explainEn: """
        A column per field holds a mark (○, 1, はい) where the field applies and nothing elsewhere; other
        text cannot be read as a mark.

        Example: 主に小学生 in the children column.
        Fix: write ○ and put the explanation in the summary or the text.
        """)

    public static let fieldWithoutCounterpart = Message("CS6031", .warning,
        ja: "条例で定める活動は17の活動分野のどれにも当たらないため、取り込みません",
        en: "the field set by ordinance (条例で定める活動) has no counterpart among the 17 fields: it is not imported",
        hint: Hint(ja: "団体の活動が17分野のどれかに当たるなら、記録の fields に加えてください",
                   en: "if the group's activity fits one of the 17 fields, add that field to the record"),
        explainJa: """
        今の特定非営利活動促進法は20の分野を定めています。このサイトの17分野（2003〜2012年の法律）には、
        「都道府県又は指定都市の条例で定める活動」に当たる分野がありません。

        直し方: 取り込んだ記録を見て、当てはまる分野があれば fields に加えます。
        """,
        explainEn: """
        The current Act has 20 fields; the site's 17 (the Act of 2003–2012) have nothing for activities
        set by a prefecture's or designated city's ordinance.

        Fix: look at the imported record and add a field that fits, if any.
        """)

    public static let mappingNotKeyValues = Message("CS6040", .error,
        ja: "マッピングファイルのこの部分には「見出し: キー」の行を書きます",
        en: "this part of the mapping file must be 'header: key' lines",
        hint: Hint(ja: "例: columns: の下に「  団体の名前: title」", en: "e.g. under columns: '  団体の名前: title'"),
        explainJa: """
        マッピングファイルは columns:、values:、defaults: の3つの部分からなり、それぞれの下に字下げした
        「見出し: キー」（values は「キー:」の下にさらに「書かれた値: 書く値」）の行を書きます。

        例: columns: 団体の名前
        直し方: columns: の次の行に「  団体の名前: title」と書きます。
        """,
        explainEn: """
        A mapping file has three parts, columns:, values: and defaults:, each with indented 'header: key'
        lines (under values:, a key with 'written: value' lines under it).

        Example: columns: 団体の名前
        Fix: write '  団体の名前: title' on the line after columns:.
        """)

    /// `{key}`.
    public static let mappingUnknownKey = Message("CS6041", .error,
        ja: "マッピングファイルに「{key}」という部分はありません（columns、values、defaults）",
        en: "a mapping file has no part '{key}' (columns, values, defaults)",
        hint: .omitted,
        explainJa: """
        マッピングファイルの一番左に書けるのは columns:、values:、defaults: だけです。

        例: colums:
        直し方: columns:
        """,
        explainEn: """
        Only columns:, values: and defaults: may stand at the left margin of a mapping file.

        Example: colums:
        Fix: columns:
        """)

    /// `{target}`, `{kind}` a `Term.kind`.
    public static let mappingUnknownTarget = Message("CS6042", .error,
        ja: "「{target}」は{kind}の記録のキーではありません",
        en: "'{target}' is not a key of a {kind} record",
        hint: Hint(ja: "title、contact.phone のようなキー、fields/番号、キー=値、body、ignore のどれかを書いてください",
                   en: "write a key such as title or contact.phone, fields/NUMBER, KEY=VALUE, body or ignore"),
        explainJa: """
        columns: の下の「見出し: キー」のキーが、その種類の記録にありません。キーは docs/content-format.md の
        英語の名前です。分野ごとの印の列は fields/11 のように、印があるときに値を決める列は type=certified-npo
        のように、本文にする列は body、取り込まない列は ignore と書きます。

        例: 団体の名前: name
        直し方: 団体の名前: title
        """,
        explainEn: """
        The key of a 'header: key' line under columns: is not a key of the kind of record. Keys are the
        English names of docs/content-format.md; a column of marks for a field is fields/11, a column
        that sets a value when marked is type=certified-npo, the text is body, and ignore skips it.

        Example: 団体の名前: name
        Fix: 団体の名前: title
        """)

    /// `{path}`, `{reason}`.
    public static let importWriteFailed = Message("CS6050", .error,
        ja: "{path} を書き出せませんでした（{reason}）",
        en: "could not write {path} ({reason})",
        hint: Hint(ja: "ここまでに書き出したファイルは下の一覧のとおりです。理由を直して、残りの行をもう一度取り込んでください",
                   en: "the files written before it are listed below; deal with the reason and import the rest again"),
        explainJa: """
        記録のファイルを書いている途中で、ディスクがいっぱい、権限がない、などの理由で失敗しました。
        それまでに書いたファイルは残っています（一覧が表示されます）。もう一度取り込むと、書き出し済みの行は
        「すでにある」と表示されて飛ばされます。

        直し方: 理由を直してから、同じコマンドをもう一度実行します。
        """,
        explainEn: """
        Writing a record file failed part way (a full disk, no permission …). The files written before
        it stay and are listed; importing again skips their rows as already there.

        Fix: deal with the reason and run the same command again.
        """)

    /// `{path}`.
    public static let importFileAppeared = Message("CS6051", .error,
        ja: "{path} は取り込みの間に作られていました。上書きしません",
        en: "{path} appeared while importing; it was not overwritten",
        hint: Hint(ja: "もう一度取り込むと、この行は「すでにある」として飛ばされます",
                   en: "importing again skips its row as already there"),
        explainJa: """
        確かめたときにはなかったファイルが、書き出すときにはありました（ほかの人かエディターが同時に作った）。
        取り込みはファイルを上書きしないので、そのままにしました。

        直し方: できたファイルを確かめてから、もう一度取り込みます。
        """,
        explainEn: """
        A file that was not there when the import checked existed when it wrote (someone or an editor
        made it meanwhile). The import never overwrites, so it was left.

        Fix: look at that file, then import again.
        """)
}
