import Foundation
@testable import CivicSite

extension MessageCases {
    static let header = "団体名,ふりがな,組織形態,活動分野,概要\n"

    static let imports: [MessageCase] = [
        MessageCase("CS6001", .custom {
            let fixture = try ImportFixture()
            defer { fixture.remove() }
            return try fixture.run(.groups, Data(header.utf8), mapName: "no-such-map.yml", dryRun: true).diagnostics.items
        },
                    ja: "no-such-map.yml:1:1: error: 「no-such-map.yml」を読めませんでした（ファイルまたはフォルダーがありません） [CS6001]\n    ヒント: ファイルの名前と場所を確かめてください",
                    en: "no-such-map.yml:1:1: error: could not read 'no-such-map.yml' (no such file or folder) [CS6001]\n    hint: check the file's name and folder"),
        MessageCase("CS6002", .custom { try ImportFixture.problems(.groups, bytes: Data([0xFF, 0xFE]) + "団体名\t概要\n".data(using: .utf16LittleEndian)!) },
                    ja: "groups.csv:1:1: error: 「Unicode テキスト」（UTF-16）で保存されたファイルです。CSV として読めません [CS6002]\n    ヒント: Excel で「名前を付けて保存」→ ファイルの種類「CSV UTF-8 (コンマ区切り)」で保存し直してください",
                    en: "groups.csv:1:1: error: the file was saved as Unicode text (UTF-16), not as CSV [CS6002]\n    hint: in Excel, Save As with the type 'CSV UTF-8 (Comma delimited)'"),
        MessageCase("CS6003", .custom { try ImportFixture.problems(.groups, bytes: (header + "さくら会,さくらかい,任意団体,子ども,").cp932 + Data([0xF0, 0x40]) + "説明です。\n".cp932) },
                    ja: "groups.csv:2:5: error: このセルに、UTF-8 としても Shift_JIS（Windows）としても読めない文字があります [CS6003]\n    ヒント: 外字（パソコンで作った文字）か壊れた文字です。Excel でその文字を打ち直して保存してください",
                    en: "groups.csv:2:5: error: this cell has a character that is neither UTF-8 nor Shift_JIS (Windows) [CS6003]\n    hint: it is a user-defined or damaged character: retype it in Excel and save again"),
        MessageCase("CS6004", .custom { try ImportFixture.problems(.groups, header + "さくら会,さくらかい,任意団体,子ども,\"説明です。\n") },
                    ja: "groups.csv:2:5: error: このセルを始める「\"」が閉じられていません。ファイルの終わりまでが1つのセルになります [CS6004]\n    ヒント: セルの中の「\"」は「\"\"」と2つ重ねて書きます",
                    en: "groups.csv:2:5: error: the quote that opens this cell is never closed: the rest of the file would be one cell [CS6004]\n    hint: a quote inside a quoted cell is written twice: \"\""),
        MessageCase("CS6005", .custom { try ImportFixture.problems(.groups, header + "\"さくら\"会,さくらかい,任意団体,子ども,説明です。\n") },
                    ja: "groups.csv:2:1: warning: このセルの閉じる「\"」の後に文字があります。Excel と同じように、セルの続きとして読みました [CS6005]\n    ヒント: セル全体を「\"」で囲み、中の「\"」は「\"\"」と書いてください",
                    en: "groups.csv:2:1: warning: text follows the closing quote of this cell; it was read as part of the cell, as Excel does [CS6005]\n    hint: put the whole cell in quotes and write a quote inside it as \"\""),
        MessageCase("CS6006", .custom { try ImportFixture.problems(.groups, header) },
                    ja: "groups.csv:1:1: error: 「groups.csv」には、見出しの行の下に取り込む行がありません [CS6006]\n    ヒント: 1行目に見出し、2行目から1行に1件ずつ書いてください",
                    en: "groups.csv:1:1: error: 'groups.csv' has no rows below its header [CS6006]\n    hint: put the headers in the first row and one record per row below"),
        MessageCase("CS6007", .custom { try ImportFixture.problems(.groups, "番号,名前\n1,さくら会\n") },
                    ja: "groups.csv:1:1: error: 見出しの行に、団体の列として知っている見出しがありません [CS6007]\n    ヒント: 「団体名、ふりがな、組織形態、活動分野」のような見出しにするか、--map でマッピングファイルを指定してください",
                    en: "groups.csv:1:1: error: no header in the first rows is a column of groups [CS6007]\n    hint: name the columns like 団体名, ふりがな, 組織形態, 活動分野, or give a mapping file with --map"),
        MessageCase("CS6010", .custom { try ImportFixture.problems(.groups, "団体名,組織形態,活動分野,概要\nさくら会,任意団体,子ども,説明です。\n") },
                    ja: "groups.csv:1:1: error: 団体に欠かせない「kana」の列がありません（探した見出し: ふりがな、フリガナ、よみがな、ヨミガナ、読み、よみ、団体名ふりがな、団体名フリガナ、名称カナ、法人名称カナ、カナ） [CS6010]\n    ヒント: この見出しの列を加えるか、マッピングファイル（--map）で自分の列を「kana」にしてください",
                    en: "groups.csv:1:1: error: no column gives 'kana', which every groups record needs (headers looked for: ふりがな, フリガナ, よみがな, ヨミガナ, 読み, よみ, 団体名ふりがな, 団体名フリガナ, 名称カナ, 法人名称カナ, カナ) [CS6010]\n    hint: add a column with one of these headers, or map yours to 'kana' in a mapping file (--map)"),
        MessageCase("CS6011", .custom { try ImportFixture.problems(.groups, "団体名,ふりがな,組織形態,活動分野,概要,備考\nさくら会,さくらかい,任意団体,子ども,説明です。,電話で連絡\n") },
                    ja: "groups.csv:1:6: warning: 列「備考」は取り込みません [CS6011]\n    ヒント: 取り込むなら、マッピングファイル（--map）に「備考: キー」と書いてください",
                    en: "groups.csv:1:6: warning: column '備考' is not imported [CS6011]\n    hint: to import it, name it in a mapping file (--map): '備考: KEY'"),
        MessageCase("CS6012", .custom { try ImportFixture.problems(.groups, "団体名,ふりがな,組織形態,活動分野,概要,TEL,電話番号\nさくら会,さくらかい,任意団体,子ども,説明です。,000-000-0001,000-000-0002\n") },
                    ja: "groups.csv:1:7: warning: 列「電話番号」も「contact.phone」の列ですが、先にある列「TEL」を使うため取り込みません [CS6012]\n    ヒント: どちらかの列を消すか、マッピングファイル（--map）で別のキーにしてください",
                    en: "groups.csv:1:7: warning: column '電話番号' also gives 'contact.phone', which column 'TEL' already gives: it is not imported [CS6012]\n    hint: delete one of the columns, or map this one to another key (--map)"),
        MessageCase("CS6013", .custom { try ImportFixture.problems(.groups, "団体名,ふりがな,組織形態,活動分野,概要,\nさくら会,さくらかい,任意団体,子ども,説明です。,メモ\n") },
                    ja: "groups.csv:2:6: warning: このセルには値がありますが、列に見出しがないため取り込みません [CS6013]\n    ヒント: 見出しの行にこの列の名前を書いてください",
                    en: "groups.csv:2:6: warning: this cell has a value but its column has no header: it is not imported [CS6013]\n    hint: give the column a header"),
        MessageCase("CS6020", .custom { try ImportFixture.problems(.groups, header + "さくら会,さくらかい,任意団体,子ども,説明です。\nみどり会,みどりかい,,環境保全,説明です。\n") },
                    ja: "groups.csv:3:3: error: この行には「type」がありません（列「組織形態」） [CS6020]\n    ヒント: 結合したセルを CSV にすると、値は一番上の行にだけ残ります。行ごとに値を書いてください",
                    en: "groups.csv:3:3: error: this row has no 'type' (column '組織形態') [CS6020]\n    hint: a merged cell keeps its value only in its first row when saved as CSV: write the value in every row"),
        MessageCase("CS6021", .custom { try ImportFixture.problems(.groups, header + "さくら会,さくらかい,任意団体,子ども,説明です。\nさくら会,さくらかい,任意団体,子ども,説明です。\n") },
                    ja: "groups.csv:3:1: warning: この行は2行目の行とまったく同じです。1件だけ取り込みます [CS6021]\n    ヒント: 表からこの行を消してください",
                    en: "groups.csv:3:1: warning: this row is the same as the row on line 2; it is imported once [CS6021]\n    hint: delete the row from the sheet"),
        MessageCase("CS6022", .custom { try ImportFixture.problems(.groups, header + "みどり会,みどりかい,任意団体,子ども,説明です。\nみどり会,みどりかい,任意団体,環境保全,別の説明です。\n") },
                    ja: "groups.csv:3:1: warning: 「みどり会」は2行目と同じ名前です。この行は midori-kai-2 として取り込みます（列「団体名」） [CS6022]\n    ヒント: 同じ団体なら、どちらかの行を消してください",
                    en: "groups.csv:3:1: warning: 'みどり会' is also the name in the row on line 2; this row is imported as midori-kai-2 (column '団体名') [CS6022]\n    hint: if it is the same record, delete one of the rows"),
        MessageCase("CS6023", .custom { try ImportFixture.problems(.groups, header + "さくら子ども食堂,さくらこどもしょくどう,任意団体,子ども,説明です。\n") },
                    ja: "groups.csv:2:1: warning: 「さくら子ども食堂」はすでに content/groups/sakura.md にあります。この行は取り込みません（ファイルは上書きしません）（列「団体名」） [CS6023]\n    ヒント: 内容を変えるなら content/groups/sakura.md を直してください",
                    en: "groups.csv:2:1: warning: 'さくら子ども食堂' is already in content/groups/sakura.md: this row is not imported (files are never overwritten) (column '団体名') [CS6023]\n    hint: to change the record, edit content/groups/sakura.md"),
        MessageCase("CS6030", .custom { try ImportFixture.problems(.groups, "団体名,ふりがな,組織形態,子ども,環境保全,概要\nさくら会,さくらかい,任意団体,主に小学生,○,説明です。\n") },
                    ja: "groups.csv:2:4: error: 印の列に「主に小学生」があります（列「子ども」） [CS6030]\n    ヒント: その分野なら ○ か 1 を、そうでなければ空にしてください",
                    en: "groups.csv:2:4: error: '主に小学生' in a column of marks (column '子ども') [CS6030]\n    hint: write ○ or 1 to mark the field, or leave the cell empty"),
        MessageCase("CS6031", .custom { try ImportFixture.problems(.groups, bytes: npoPortalSample, map: "npo-portal") },
                    ja: "groups.csv:2:32: warning: 条例で定める活動は17の活動分野のどれにも当たらないため、取り込みません（列「活動分野２０」） [CS6031]\n    ヒント: 団体の活動が17分野のどれかに当たるなら、記録の fields に加えてください",
                    en: "groups.csv:2:32: warning: the field set by ordinance (条例で定める活動) has no counterpart among the 17 fields: it is not imported (column '活動分野２０') [CS6031]\n    hint: if the group's activity fits one of the 17 fields, add that field to the record"),
        MessageCase("CS6040", .custom { try ImportFixture.problems(.groups, header, map: "columns: 団体の名前\n") },
                    ja: "map.yml:1:10: error: マッピングファイルのこの部分には「見出し: キー」の行を書きます [CS6040]\n    ヒント: 例: columns: の下に「  団体の名前: title」",
                    en: "map.yml:1:10: error: this part of the mapping file must be 'header: key' lines [CS6040]\n    hint: e.g. under columns: '  団体の名前: title'"),
        MessageCase("CS6041", .custom { try ImportFixture.problems(.groups, header, map: "colums:\n  団体の名前: title\n") },
                    ja: "map.yml:1:1: error: マッピングファイルに「colums」という部分はありません（columns、values、defaults） [CS6041]",
                    en: "map.yml:1:1: error: a mapping file has no part 'colums' (columns, values, defaults) [CS6041]"),
        MessageCase("CS6042", .custom { try ImportFixture.problems(.groups, header, map: "columns:\n  団体の名前: name\n") },
                    ja: "map.yml:2:10: error: 「name」は団体の記録のキーではありません [CS6042]\n    ヒント: title、contact.phone のようなキー、fields/番号、キー=値、body、ignore のどれかを書いてください",
                    en: "map.yml:2:10: error: 'name' is not a key of a groups record [CS6042]\n    hint: write a key such as title or contact.phone, fields/NUMBER, KEY=VALUE, body or ignore"),
        MessageCase("CS6050", .custom {
            let fixture = try ImportFixture(files: ["groups/.keep": ""])
            defer { fixture.remove() }
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: fixture.content.appendingPathComponent("groups").path)
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.content.appendingPathComponent("groups").path) }
            if getuid() == 0 { return [Diagnostic(.importWriteFailed, at: SourceLocation(file: "groups.csv", line: 2, column: 1),
                                                  ["path": "content/groups/midori-kai.md", "reason": .term(Term.systemReason(EACCES))])] }
            return try fixture.run(.groups, header + "みどり会,みどりかい,任意団体,子ども,説明です。\n").diagnostics.items
        }, ja: "groups.csv:2:1: error: content/groups/midori-kai.md を書き出せませんでした（書き込む権限がありません） [CS6050]\n    ヒント: ここまでに書き出したファイルは下の一覧のとおりです。理由を直して、残りの行をもう一度取り込んでください",
                    en: "groups.csv:2:1: error: could not write content/groups/midori-kai.md (permission denied) [CS6050]\n    hint: the files written before it are listed below; deal with the reason and import the rest again"),
        MessageCase("CS6051", .custom {
            [Diagnostic(.importFileAppeared, at: SourceLocation(file: "groups.csv", line: 2, column: 1), ["path": "content/groups/midori-kai.md"])]
        }, ja: "groups.csv:2:1: error: content/groups/midori-kai.md は取り込みの間に作られていました。上書きしません [CS6051]\n    ヒント: もう一度取り込むと、この行は「すでにある」として飛ばされます",
                    en: "groups.csv:2:1: error: content/groups/midori-kai.md appeared while importing; it was not overwritten [CS6051]\n    hint: importing again skips its row as already there"),
    ]

    /// Two rows in the NPO portal's layout (its columns as the portal lists them).
    static var npoPortalSample: Data {
        (try? Data(contentsOf: TestPaths.fixtures.appendingPathComponent("import/npo-portal-sample.csv"))) ?? Data()
    }
}
