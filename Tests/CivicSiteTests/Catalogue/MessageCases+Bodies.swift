import Foundation
@testable import CivicSite

extension MessageCases {
    static let bodies: [MessageCase] = [
        MessageCase("CS8001", .site(["groups/kaede.md": RecordFiles.group("かえでの会") + "\n参考: https://ja.wikipedia.org/wiki/子ども食堂 を見てください。\n"]),
                    ja: "content/groups/kaede.md:10:5: warning: URL が日本語の文字の前で切れ、「子ども食堂」がリンクに入っていません（リンク: https://ja.wikipedia.org/wiki/） [CS8001]\n    ヒント: URL の全体をリンクにするには、< と > で囲んでください: <https://ja.wikipedia.org/wiki/子ども食堂>",
                    en: "content/groups/kaede.md:10:5: warning: the URL stops before the Japanese text: '子ども食堂' is not part of the link (https://ja.wikipedia.org/wiki/) [CS8001]\n    hint: to link the whole address, put it between < and >: <https://ja.wikipedia.org/wiki/子ども食堂>"),
        // 100 columns: the header (line 10) and 99 rows make 10,000 cells; the row on line 111 would pass it.
        MessageCase("CS8002", .site(["groups/kaede.md": RecordFiles.group("かえでの会") + "\n" + String(repeating: "| 項目 ", count: 100) + "|\n"
                        + String(repeating: "|---", count: 100) + "|\n" + String(repeating: "| 値 |\n", count: 120)]),
                    ja: "content/groups/kaede.md:111:1: warning: 表が大きすぎます（100 列。1つの表は 10000 マスまで）。この行から後は表にならず、文字のまま載ります [CS8002]\n    ヒント: 表をいくつかの小さな表に分け、それぞれに見出しの行と区切りの行（|---|）を書いてください",
                    en: "content/groups/kaede.md:111:1: warning: the table is too large (100 columns; a table may have 10000 cells): from this line on, it shows as plain text [CS8002]\n    hint: split it into several smaller tables, each with its own header row and |---| line"),
        MessageCase("CS8004", .site(["groups/kaede.md": RecordFiles.group("かえでの会") + "\n| 日付 | 場所 |\n|---|---|\n| 4月1日 | 公民館 | 10時から |\n"]),
                    ja: "content/groups/kaede.md:12:1: warning: この行には 3 個のマスがありますが、表は 2 列なので、はみ出たマスは載りません（この表で 1 行） [CS8004]\n    ヒント: 見出しの行と区切りの行（|---|）に列を足すか、この行の余分な | を消してください",
                    en: "content/groups/kaede.md:12:1: warning: this row has 3 cells but the table has 2 columns: the cells past the last column are not shown (rows like this in the table: 1) [CS8004]\n    hint: add the columns to the header row and the |---| line, or remove the extra | from the row"),
        MessageCase("CS8003", .site(["groups/kaede.md": RecordFiles.group("かえでの会") + "\n" + String(repeating: ">", count: 33) + " 引用です。\n"]),
                    ja: "content/groups/kaede.md:10:33: warning: 引用（>）と箇条書きの入れ子が 32 段を超えています。ここから行の終わりまでは、書いたとおりの文字で載ります [CS8003]\n    ヒント: 入れ子を浅くしてください",
                    en: "content/groups/kaede.md:10:33: warning: quotes (>) and lists are nested more than 32 levels deep: from here to the end of the line, the text shows as written [CS8003]\n    hint: nest fewer levels"),
    ]
}
