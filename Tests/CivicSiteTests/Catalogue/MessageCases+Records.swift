import Foundation
@testable import CivicSite

/// Record files for the cross-record cases, written as staff would.
enum RecordFiles {
    static func group(_ title: String, extra: String = "") -> String {
        "---\ntitle: \(title)\nkana: てすと\ntype: 任意団体\nfields: [children]\nsummary: 説明です。\n\(extra)---\n本文。\n"
    }

    static func event(_ title: String, start: String = "2026-12-05 10:00", extra: String = "") -> String {
        "---\ntitle: \(title)\nstart: \(start)\n\(extra)summary: 説明です。\n---\n本文。\n"
    }
}

extension MessageCases {
    static let records: [MessageCase] = [
        MessageCase("CS3001", .site(["groups/sakura-2.md": RecordFiles.group("別の団体", extra: "slug: sakura\n")]),
                    ja: "content/groups/sakura-2.md:7:1: error: 団体の中で「sakura」という名前（スラッグ）が重なっています [CS3001]\n    ヒント: 「content/groups/sakura.md」がすでに使っています。どちらかに別の「slug:」を付けてください",
                    en: "content/groups/sakura-2.md:7:1: error: duplicate slug 'sakura' among groups [CS3001]\n    hint: 'content/groups/sakura.md' already uses it; give one of them another 'slug:'"),
        MessageCase("CS3010", .site(["fields/children.md": "---\nnumber: 6\nname: 子どもの健全育成を図る活動\nshort: 子ども\n---\n"]),
                    ja: "content/fields/children.md:2:1: error: 活動分野「children」の番号は 11 です（書かれた番号: 6） [CS3010]\n    ヒント: 番号は特定非営利活動促進法の別表の順です。「number: 11」と書いてください",
                    en: "content/fields/children.md:2:1: error: field 'children' must have number 11, found 6 [CS3010]\n    hint: the numbers follow the order of the npo act's list of activities; write 'number: 11'"),
        MessageCase("CS3011", .site(["fields/chidren.md": "---\nnumber: 11\nname: 子ども\nshort: 子ども\n---\n"]),
                    ja: "content/fields/chidren.md:1:1: error: 「chidren」という活動分野はありません [CS3011]\n    ヒント: 「children」の書き間違いではありませんか？",
                    en: "content/fields/chidren.md:1:1: error: unknown field id 'chidren' [CS3011]\n    hint: did you mean 'children'?"),
        MessageCase("CS3012", .site(["fields/environment.md": "---\nnumber: 11\nname: 環境の保全を図る活動\nshort: 環境\n---\n"]),
                    ja: "content/fields/environment.md:2:1: error: 活動分野の番号 11 が重なっています [CS3012]\n    ヒント: 「content/fields/children.md」がすでにこの番号です",
                    en: "content/fields/environment.md:2:1: error: duplicate field number 11 [CS3012]\n    hint: 'content/fields/children.md' already has it"),
        MessageCase("CS3013", .site(["fields/npo-support.md": nil, "fields/consumer-protection.md": nil]),
                    ja: "content/fields:1:1: warning: 17の活動分野のうち 2 分野のファイルがありません: consumer-protection、npo-support [CS3013]\n    ヒント: ファイルのない分野は、記録の fields: に書けません",
                    en: "content/fields:1:1: warning: 2 of the 17 activity fields have no file: consumer-protection, npo-support [CS3013]\n    hint: records cannot refer to a field without its file"),
        MessageCase("CS3020", .site(["groups/kaede.md": RecordFiles.group("かえでの会").replacingOccurrences(of: "[children]", with: "[children, 11]")]),
                    ja: "content/groups/kaede.md:5:20: warning: 活動分野「children」が2回書かれています [CS3020]\n    ヒント: 「11」と「children」は同じ分野です。1つを消してください",
                    en: "content/groups/kaede.md:5:20: warning: field 'children' is listed twice [CS3020]\n    hint: '11' and 'children' are the same field; remove one of them"),
        MessageCase("CS3021", .site(["groups/kaede.md": RecordFiles.group("かえでの会").replacingOccurrences(of: "[children]", with: "[childern]")]),
                    ja: "content/groups/kaede.md:5:10: error: 「childern」という活動分野はありません [CS3021]\n    ヒント: 「children」の書き間違いではありませんか？",
                    en: "content/groups/kaede.md:5:10: error: unknown field 'childern' [CS3021]\n    hint: did you mean 'children'?"),
        MessageCase("CS3030", .site(["events/setsumeikai.md": RecordFiles.event("説明会", extra: "organizers: [sakura, sakura]\n")]),
                    ja: "content/events/setsumeikai.md:4:22: warning: 団体「sakura」が「organizers」に2回書かれています [CS3030]\n    ヒント: 1つを消してください",
                    en: "content/events/setsumeikai.md:4:22: warning: group 'sakura' is listed twice in 'organizers' [CS3030]\n    hint: remove one of them"),
        MessageCase("CS3031", .site(["events/setsumeikai.md": RecordFiles.event("説明会", extra: "organizers: [さくら子ども食堂]\n")]),
                    ja: "content/events/setsumeikai.md:4:14: error: 「さくら子ども食堂」という団体はありません [CS3031]\n    ヒント: 団体はスラッグで書きます: 「sakura」",
                    en: "content/events/setsumeikai.md:4:14: error: unknown group 'さくら子ども食堂' [CS3031]\n    hint: write the group's slug: 'sakura'"),
        MessageCase("CS3031", .site(["events/setsumeikai.md": RecordFiles.event("説明会", extra: "organizers: [kaede]\n")]),
                    ja: "content/events/setsumeikai.md:4:14: error: 「kaede」という団体はありません [CS3031]\n    ヒント: 団体のスラッグ（content/groups の中のファイル名から「.md」を除いたもの）を書いてください",
                    en: "content/events/setsumeikai.md:4:14: error: unknown group 'kaede' [CS3031]\n    hint: write the slug of a group, the name of its file under groups/ without '.md'"),
        MessageCase("CS3032", .site(["groups/kaede.md": RecordFiles.group("かえでの会", extra: "draft: true\n"),
                                     "events/setsumeikai.md": RecordFiles.event("説明会", extra: "organizers: [kaede]\n")]),
                    ja: "content/events/setsumeikai.md:4:14: error: 「kaede」は下書き（draft: true）です [CS3032]\n    ヒント: 公開するなら content/groups/kaede.md の「draft: true」を消し、しないならこの参照を消してください",
                    en: "content/events/setsumeikai.md:4:14: error: 'kaede' is a draft [CS3032]\n    hint: publish it (remove 'draft: true' from content/groups/kaede.md) or remove the reference"),
        MessageCase("CS3040", .site(["events/setsumeikai.md": RecordFiles.event("説明会", extra: "end: 2026-12-05 08:00\n")]),
                    ja: "content/events/setsumeikai.md:4:1: error: 終わり（end: 2026年12月5日 08:00）が始まり（start: 2026年12月5日 10:00）より前です [CS3040]\n    ヒント: 時刻だけ（例: 「end: 16:00」）なら、始まりと同じ日の時刻になります",
                    en: "content/events/setsumeikai.md:4:1: error: 'end' (2026-12-05 08:00) is before 'start' (2026-12-05 10:00) [CS3040]\n    hint: a time alone, e.g. 'end: 16:00', means the day the event starts"),
        MessageCase("CS3041", .site(["events/setsumeikai.md": RecordFiles.event("説明会", extra: "apply_by: 2026-12-10\n")]),
                    ja: "content/events/setsumeikai.md:4:1: warning: 申込締切（apply_by: 2026年12月10日）がイベントの始まり（2026年12月5日）より後です [CS3041]\n    ヒント: 申込はふつうイベントの前に締め切ります。日付を確かめてください",
                    en: "content/events/setsumeikai.md:4:1: warning: 'apply_by' (2026-12-10) is after the event starts (2026-12-05) [CS3041]\n    hint: applications usually close before the event"),
        MessageCase("CS3042", .site(["grants/shimin-katsudo-hojokin.md": GrantFile.text(opens: "2027-04-01", deadline: "2026-05-31")]),
                    ja: "content/grants/shimin-katsudo-hojokin.md:9:1: error: 募集開始（opens: 2027年4月1日）が締切（deadline: 2026年5月31日）より後です [CS3042]\n    ヒント: 両方の日付の年を確かめてください",
                    en: "content/grants/shimin-katsudo-hojokin.md:9:1: error: 'opens' (2027-04-01) is after 'deadline' (2026-05-31) [CS3042]\n    hint: check the year of both dates"),
        MessageCase("CS3043", .site(["grants/shimin-katsudo-hojokin.md": GrantFile.text(extra: "amount_min: 500000\n")]),
                    ja: "content/grants/shimin-katsudo-hojokin.md:12:1: error: 下限（amount_min: 500000）が上限（amount_max: 300000）より大きくなっています [CS3043]\n    ヒント: 金額は円の数字だけで書きます。例: 「amount_max: 300000」",
                    en: "content/grants/shimin-katsudo-hojokin.md:12:1: error: 'amount_min' (500000) is more than 'amount_max' (300000) [CS3043]\n    hint: amounts are whole yen, e.g. 'amount_max: 300000'"),
        MessageCase("CS3050", .site(["pages/search.md": "---\ntitle: 検索について\n---\n本文。\n"]),
                    ja: "content/pages/search.md:1:1: error: ページのスラッグ「search」はサイトが使う名前です [CS3050]\n    ヒント: ファイル名を変えるか、別の「slug:」を付けてください。使えない名前: 404、areas、assets、cases、data、events、fields、files、grants、groups、news、pages、recruiting、search、stats、types",
                    en: "content/pages/search.md:1:1: error: the page slug 'search' is used by the site itself [CS3050]\n    hint: rename the file or set another `slug:`; reserved: 404, areas, assets, cases, data, events, fields, files, grants, groups, news, pages, recruiting, search, stats, types"),
        MessageCase("CS3060", .site(["groups/sakura-copy.md": RecordFiles.group("さくら子ども食堂", extra: "contact:\n  email: INFO@sakura.example.jp\n")]),
                    ja: "content/groups/sakura-copy.md:2:1: warning: 「content/groups/sakura.md」と団体名とメールアドレスが同じです。写したまま直し忘れていませんか [CS3060]\n    ヒント: 別の団体・イベントなら、写したところを直してください。同じものなら、どちらかのファイルを消してください",
                    en: "content/groups/sakura-copy.md:2:1: warning: the same name and e-mail address as 'content/groups/sakura.md'; was this file copied and left unchanged? [CS3060]\n    hint: if it is another record, change what was copied; if it is the same one, delete one of the files"),
        MessageCase("CS3060", .site(["events/setsumeikai-2.md": RecordFiles.event("子ども食堂ボランティア説明会")]),
                    ja: "content/events/setsumeikai-2.md:2:1: warning: 「content/events/kodomo-shokudo-setsumeikai.md」とイベント名と開始日時が同じです。写したまま直し忘れていませんか [CS3060]\n    ヒント: 別の団体・イベントなら、写したところを直してください。同じものなら、どちらかのファイルを消してください",
                    en: "content/events/setsumeikai-2.md:2:1: warning: the same title and start as 'content/events/kodomo-shokudo-setsumeikai.md'; was this file copied and left unchanged? [CS3060]\n    hint: if it is another record, change what was copied; if it is the same one, delete one of the files"),
    ]
}

/// The fixture's grant with some keys changed.
enum GrantFile {
    static func text(opens: String = "2026-04-01", deadline: String = "2026-05-31", extra: String = "") -> String {
        """
        ---
        title: みどり市市民活動促進補助金
        provider: みどり市
        kind: 補助金
        fields: all
        eligible: [npo, 任意団体]
        amount_max: 300000
        amount_note: 補助率 1/2
        opens: \(opens)
        deadline: \(deadline)
        url: https://www.example.jp/hojokin/
        \(extra)summary: 市民活動団体の公益的な事業に経費の一部を補助します。
        ---
        募集要項をご確認ください。

        """
    }
}
