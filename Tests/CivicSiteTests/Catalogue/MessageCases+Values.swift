import Foundation
@testable import CivicSite

extension MessageCases {
    typealias V = ValueMessageFixtures

    static let values: [MessageCase] = [
        // The parser refuses such front matter first; a reader of another format could hand it on.
        MessageCase("CS2001", .custom {
            let node = FrontMatterNode(.sequence([]), at: SourceLocation(file: "content/groups/hidamari.md", line: 2, column: 1))
            return GroupDecoder.decode(DecodingDocument(path: "content/groups/hidamari.md", fileName: "hidamari.md", frontMatter: node)).diagnostics
        },
                    ja: "content/groups/hidamari.md:2:1: error: 項目（--- と --- の間）は「キー: 値」の行で書きます（書かれているのは「- 」で始まる行の一覧です） [CS2001]",
                    en: "content/groups/hidamari.md:2:1: error: the front matter must be a list of 'key: value' lines, found a list [CS2001]"),
        MessageCase("CS2002", .site(["groups/hidamari.md": V.group.replacingOccurrences(of: "kana: さくらこどもしょくどう\n", with: "")]),
                    ja: "content/groups/hidamari.md:1:1: error: 必要なキー「kana」がありません [CS2002]\n    ヒント: 「kana: さくらこどもしょくどう」のような行を加えてください",
                    en: "content/groups/hidamari.md:1:1: error: missing required key 'kana' [CS2002]\n    hint: add a line such as 'kana: さくらこどもしょくどう'"),
        MessageCase("CS2003", .site(["site.yml": V.site.replacingOccurrences(of: "  phone: 000-000-0000\n", with: "")]),
                    ja: "content/site.yml:4:1: error: 「centre」の中に必要なキー「phone」がありません [CS2003]\n    ヒント: 「phone: 000-000-0000」のような行を加えてください",
                    en: "content/site.yml:4:1: error: missing required key 'phone' in 'centre' [CS2003]\n    hint: add a line such as 'phone: 000-000-0000'"),
        MessageCase("CS2004", .site(["groups/hidamari.md": V.group.replacingOccurrences(of: "title: さくら子ども食堂", with: "title: \"\"")]),
                    ja: "content/groups/hidamari.md:2:8: error: 「title」の値が空です [CS2004]\n    ヒント: 「title: さくら子ども食堂」のように値を書いてください",
                    en: "content/groups/hidamari.md:2:8: error: 'title' must not be empty [CS2004]\n    hint: write a value, e.g. 'title: さくら子ども食堂'"),
        MessageCase("CS2010", .site(["groups/hidamari.md": V.group("memo: 来年度に連絡する")]),
                    ja: "content/groups/hidamari.md:7:1: warning: 「memo」というキーは使われません（値はサイトに載りません） [CS2010]\n    ヒント: 使えるキー: slug、title、kana、type、fields、summary、area、address、founded、representative、members、fees、corporate_number、contact、recruiting、tags、updated、status、image、attachments、draft、lat、lon",
                    en: "content/groups/hidamari.md:7:1: warning: unknown key 'memo' [CS2010]\n    hint: known keys are: slug, title, kana, type, fields, summary, area, address, founded, representative, members, fees, corporate_number, contact, recruiting, tags, updated, status, image, attachments, draft, lat, lon"),
        MessageCase("CS2011", .site(["events/setsumeikai.md": V.event("venu: 会議室A")]),
                    ja: "content/events/setsumeikai.md:5:1: error: 「venu」というキーはありません。このままでは値がサイトに載りません [CS2011]\n    ヒント: 「venue」の書き間違いではありませんか？",
                    en: "content/events/setsumeikai.md:5:1: error: unknown key 'venu': its value would not be published [CS2011]\n    hint: did you mean 'venue'?"),
        MessageCase("CS2011", .site(["events/setsumeikai.md": V.event("organiser: sakura")]),
                    ja: "content/events/setsumeikai.md:5:1: error: 「organiser」というキーはありません。このままでは値がサイトに載りません [CS2011]\n    ヒント: 「organizers」の書き間違いではありませんか？",
                    en: "content/events/setsumeikai.md:5:1: error: unknown key 'organiser': its value would not be published [CS2011]\n    hint: did you mean 'organizers'?"),
        MessageCase("CS2011", .site(["groups/hidamari.md": V.group("contact:\n  emial: info@hidamari.example.jp")]),
                    ja: "content/groups/hidamari.md:8:3: error: 「contact.emial」というキーはありません。このままでは値がサイトに載りません [CS2011]\n    ヒント: 「email」の書き間違いではありませんか？",
                    en: "content/groups/hidamari.md:8:3: error: unknown key 'contact.emial': its value would not be published [CS2011]\n    hint: did you mean 'email'?"),
        MessageCase("CS2011", .site(["site.yml": V.site.replacingOccurrences(of: "centre:", with: "center:")]),
                    ja: "content/site.yml:4:1: error: 「center」というキーはありません。このままでは値がサイトに載りません [CS2011]\n    ヒント: 「centre」の書き間違いではありませんか？",
                    en: "content/site.yml:4:1: error: unknown key 'center': its value would not be published [CS2011]\n    hint: did you mean 'centre'?"),
        MessageCase("CS2012", .site(["events/setsumeikai.md": V.event("ａｕｄｉｅｎｃｅ: 小学生とその保護者")]),
                    ja: "content/events/setsumeikai.md:5:1: error: キー「ａｕｄｉｅｎｃｅ」が全角の文字で書かれています。このままでは値がサイトに載りません [CS2012]\n    ヒント: 半角で「audience」と書いてください",
                    en: "content/events/setsumeikai.md:5:1: error: key 'ａｕｄｉｅｎｃｅ' is written in full-width letters: its value would not be published [CS2012]\n    hint: write it in half-width letters: 'audience'"),
        MessageCase("CS2013", .site(["events/setsumeikai.md": V.event("会場: 会議室A")]),
                    ja: "content/events/setsumeikai.md:5:1: error: キー「会場」は読まれません。キーは英語で「venue」と書きます [CS2013]\n    ヒント: 「会場:」を「venue:」に書き換えてください",
                    en: "content/events/setsumeikai.md:5:1: error: key '会場' is not read: keys are written in English, here 'venue' [CS2013]\n    hint: write 'venue:' instead of '会場:'"),
        MessageCase("CS2014", .site(["groups/hidamari.md": V.group("email: info@hidamari.example.jp")]),
                    ja: "content/groups/hidamari.md:7:1: error: キー「email」は「contact:」の下に書くキーです。このままでは値がサイトに載りません [CS2014]\n    ヒント: 「contact:」の行の下に、字下げして「  email: …」と書いてください",
                    en: "content/groups/hidamari.md:7:1: error: key 'email' belongs under 'contact:': its value would not be published [CS2014]\n    hint: move it under the 'contact:' line, indented: '  email: …'"),
        MessageCase("CS2014", .site(["site.yml": V.site + "電話: 000-000-0001\n"]),
                    ja: "content/site.yml:10:1: error: キー「電話」は「centre:」の下に書くキーです。このままでは値がサイトに載りません [CS2014]\n    ヒント: 「centre:」の行の下に、字下げして「  phone: …」と書いてください",
                    en: "content/site.yml:10:1: error: key '電話' belongs under 'centre:': its value would not be published [CS2014]\n    hint: move it under the 'centre:' line, indented: '  phone: …'"),
        MessageCase("CS2101", .site(["groups/hidamari.md": V.group("address:\n  - 東部")]),
                    ja: "content/groups/hidamari.md:8:3: error: 「address」には文字を書きます（書かれているのは「- 」で始まる行の一覧です） [CS2101]",
                    en: "content/groups/hidamari.md:8:3: error: 'address' must be text, found a list [CS2101]"),
        MessageCase("CS2102", .site(["groups/hidamari.md": V.group.replacingOccurrences(of: "fields: [children]", with: "fields: {a: children}")]),
                    ja: "content/groups/hidamari.md:5:9: error: 「fields」には一覧を書きます（書かれているのは「キー: 値」の行です） [CS2102]\n    ヒント: 「fields: [a, b]」のように書くか、1行に1つずつ「- 」で始めて書いてください",
                    en: "content/groups/hidamari.md:5:9: error: 'fields' must be a list, found a mapping [CS2102]\n    hint: write 'fields: [a, b]' or one '- item' line per item"),
        MessageCase("CS2103", .site(["groups/hidamari.md": V.group("tags:\n  - 食\n  -")]),
                    ja: "content/groups/hidamari.md:9:4: error: 「tags」の一覧に空の項目があります [CS2103]\n    ヒント: 「- 」の後に値を書くか、その行を消してください",
                    en: "content/groups/hidamari.md:9:4: error: 'tags' has an empty item [CS2103]\n    hint: write a value after '- ', or remove the line"),
        MessageCase("CS2104", .site(["groups/hidamari.md": V.group("contact: info@hidamari.example.jp")]),
                    ja: "content/groups/hidamari.md:7:10: error: 「contact」の下には「キー: 値」の行を字下げして書きます（書かれているのは文字です） [CS2104]",
                    en: "content/groups/hidamari.md:7:10: error: 'contact' must be a mapping of 'key: value' lines, found text [CS2104]"),
        MessageCase("CS2105", .site(["groups/hidamari.md": V.group("recruiting:\n  volunteers: はい")]),
                    ja: "content/groups/hidamari.md:8:15: error: 「recruiting.volunteers」には true か false を書きます（書かれているのは文字です） [CS2105]\n    ヒント: 「volunteers: true」と書いてください",
                    en: "content/groups/hidamari.md:8:15: error: 'recruiting.volunteers' must be true or false, found text [CS2105]\n    hint: write 'volunteers: true'"),
        MessageCase("CS2105", .site(["groups/hidamari.md": V.group("draft: たぶん")]),
                    ja: "content/groups/hidamari.md:7:8: error: 「draft」には true か false を書きます（書かれているのは文字です） [CS2105]\n    ヒント: 「draft: true」または「draft: false」と書いてください",
                    en: "content/groups/hidamari.md:7:8: error: 'draft' must be true or false, found text [CS2105]\n    hint: write 'draft: true' or 'draft: false'"),
        MessageCase("CS2106", .site(["groups/hidamari.md": V.group.replacingOccurrences(of: "type: 任意団体", with: "type: 任意団")]),
                    ja: "content/groups/hidamari.md:4:7: error: 「任意団」は組織形態（type）にありません。使えるのは NPO法人 (npo)、認定NPO法人 (certified-npo)、特例認定NPO法人 (special-certified-npo)、一般社団法人 (general-association)、一般財団法人 (general-foundation)、公益法人 (public-interest)、社会福祉法人 (social-welfare)、任意団体 (voluntary)、自治会・町内会 (neighborhood)、ボランティア団体 (volunteer)、その他 (other) です [CS2106]\n    ヒント: 「任意団体」の書き間違いではありませんか？",
                    en: "content/groups/hidamari.md:4:7: error: unknown group type '任意団', expected one of: NPO法人 (npo), 認定NPO法人 (certified-npo), 特例認定NPO法人 (special-certified-npo), 一般社団法人 (general-association), 一般財団法人 (general-foundation), 公益法人 (public-interest), 社会福祉法人 (social-welfare), 任意団体 (voluntary), 自治会・町内会 (neighborhood), ボランティア団体 (volunteer), その他 (other) [CS2106]\n    hint: did you mean '任意団体'?"),
        MessageCase("CS2107", .site(["events/setsumeikai.md": V.event("tags: 理科実験、夏休み")]),
                    ja: "content/events/setsumeikai.md:5:7: warning: 「tags」が「、」で区切ったひとつの文字になっています [CS2107]\n    ヒント: いくつものタグにするには「tags: [理科実験, 夏休み]」と書いてください",
                    en: "content/events/setsumeikai.md:5:7: warning: 'tags' is one text with '、' [CS2107]\n    hint: for several tags write 'tags: [理科実験, 夏休み]'"),
        MessageCase("CS2108", .site(["events/setsumeikai.md": V.event("tags: [理科実験、夏休み, 子ども]")]),
                    ja: "content/events/setsumeikai.md:5:8: warning: 「tags」の項目「理科実験、夏休み」が「、」で区切ったひとつの文字になっています [CS2108]\n    ヒント: いくつものタグにするには「tags: [理科実験, 夏休み, 子ども]」と書いてください",
                    en: "content/events/setsumeikai.md:5:8: warning: 'tags' has an item with '、': '理科実験、夏休み' [CS2108]\n    hint: for several tags write 'tags: [理科実験, 夏休み, 子ども]'"),
        MessageCase("CS2109", .site(["groups/hidamari.md": V.group("contact:\n  sns: https://sns.example.jp/a https://sns.example.jp/b")]),
                    ja: "content/groups/hidamari.md:8:8: error: 「contact.sns」に、いくつものアドレスが半角スペースで区切って1つの文字として書かれています [CS2109]\n    ヒント: 1行に1つずつ「- https://…」の形で書いてください",
                    en: "content/groups/hidamari.md:8:8: error: 'contact.sns' is one text with a space [CS2109]\n    hint: write one url per line as '- https://…'"),
        MessageCase("CS2110", .site(["events/setsumeikai.md": V.event("online: はい")]),
                    ja: "content/events/setsumeikai.md:5:9: error: 「online」には true、false、または配信のアドレス（https://…）を書きます（書かれているのは「はい」です） [CS2110]\n    ヒント: 「online: true」と書いてください（配信のアドレスがあれば https:// から始まるアドレスを書きます）",
                    en: "content/events/setsumeikai.md:5:9: error: 'online' must be true, false or a url, found 'はい' [CS2110]\n    hint: write 'online: true' (or the address of the stream, starting with https://)"),
        MessageCase("CS2110", .site(["events/setsumeikai.md": V.event("online: Zoom")]),
                    ja: "content/events/setsumeikai.md:5:9: error: 「online」には true、false、または配信のアドレス（https://…）を書きます（書かれているのは「Zoom」です） [CS2110]\n    ヒント: 「online: true」と書くか、https:// から始まる配信のアドレスを書いてください",
                    en: "content/events/setsumeikai.md:5:9: error: 'online' must be true, false or a url, found 'Zoom' [CS2110]\n    hint: write 'online: true', or the address of the stream starting with https://"),
        MessageCase("CS2201", .site(["grants/josei.md": V.grant("amount_max: 20万円")]),
                    ja: "content/grants/josei.md:7:13: error: 「amount_max」には半角数字だけで数を書きます（書かれているのは文字です） [CS2201]\n    ヒント: 半角数字だけで「amount_max: 200000」と書いてください",
                    en: "content/grants/josei.md:7:13: error: 'amount_max' must be a whole number, found text [CS2201]\n    hint: write digits only: 'amount_max: 200000'"),
        MessageCase("CS2201", .site(["grants/josei.md": V.grant("amount_min: 1,000円")]),
                    ja: "content/grants/josei.md:7:13: error: 「amount_min」には半角数字だけで数を書きます（書かれているのは文字です） [CS2201]\n    ヒント: 半角数字だけで「amount_min: 1000」と書いてください",
                    en: "content/grants/josei.md:7:13: error: 'amount_min' must be a whole number, found text [CS2201]\n    hint: write digits only: 'amount_min: 1000'"),
        MessageCase("CS2201", .site(["grants/josei.md": V.grant("amount_max: 約5万円")]),
                    ja: "content/grants/josei.md:7:13: error: 「amount_max」には半角数字だけで数を書きます（書かれているのは文字です） [CS2201]\n    ヒント: 金額は円の単位で半角数字だけで書きます（例: 5万円なら 50000）。「約」「程度」「未定」などは amount_note: に書いてください",
                    en: "content/grants/josei.md:7:13: error: 'amount_max' must be a whole number, found text [CS2201]\n    hint: write whole yen in half-width digits only (50000 for 5万円); words such as 約, 程度 or 未定 go in 'amount_note'"),
        MessageCase("CS2201", .site(["groups/hidamari.md": V.group("members: \"28\"")]),
                    ja: "content/groups/hidamari.md:7:10: error: 「members」には半角数字だけで数を書きます（書かれているのは文字です） [CS2201]\n    ヒント: 引用符を外して「members: 28」と書いてください",
                    en: "content/groups/hidamari.md:7:10: error: 'members' must be a whole number, found text [CS2201]\n    hint: remove the quotes: 'members: 28'"),
        MessageCase("CS2201", .site(["groups/hidamari.md": V.group("members: ２８人")]),
                    ja: "content/groups/hidamari.md:7:10: error: 「members」には半角数字だけで数を書きます（書かれているのは文字です） [CS2201]\n    ヒント: 半角数字だけで「members: 28」と書いてください",
                    en: "content/groups/hidamari.md:7:10: error: 'members' must be a whole number, found text [CS2201]\n    hint: write digits only: 'members: 28'"),
        MessageCase("CS2201", .site(["cases/network.md": V.caseRecord.replacingOccurrences(of: "fiscal_year: 2024", with: "fiscal_year: 令和6年度")]),
                    ja: "content/cases/network.md:3:14: error: 「fiscal_year」には半角数字だけで数を書きます（書かれているのは文字です） [CS2201]\n    ヒント: 西暦の年を半角数字で「fiscal_year: 2024」と書いてください",
                    en: "content/cases/network.md:3:14: error: 'fiscal_year' must be a whole number, found text [CS2201]\n    hint: write the western year in digits: 'fiscal_year: 2024'"),
        MessageCase("CS2202", .site(["fields/children.md": "---\nnumber: 18\nname: 子どもの健全育成を図る活動\nshort: 子ども\n---\n本文\n"]),
                    ja: "content/fields/children.md:2:9: error: 「number」は1から17までの数です（書かれているのは18です） [CS2202]",
                    en: "content/fields/children.md:2:9: error: 'number' must be between 1 and 17, found 18 [CS2202]"),
        MessageCase("CS2203", .site(["events/setsumeikai.md": V.event("fee: -500")]),
                    ja: "content/events/setsumeikai.md:5:6: error: 「fee」は0以上の数です（書かれているのは-500です） [CS2203]\n    ヒント: 無料なら「fee: 0」と書いてください",
                    en: "content/events/setsumeikai.md:5:6: error: 'fee' must be 0 or more, found -500 [CS2203]\n    hint: write 0 for a free event, e.g. 'fee: 0'"),
        MessageCase("CS2204", .site(["events/setsumeikai.md": V.event("fee: １０００")]),
                    ja: "content/events/setsumeikai.md:5:6: warning: 「fee」の「１０００」は文字として扱われ、書いたとおりに表示されます [CS2204]\n    ヒント: 数として表示するには「fee: 1000」と書いてください",
                    en: "content/events/setsumeikai.md:5:6: warning: 'fee' holds the number '１０００' as text, so it is shown as written [CS2204]\n    hint: write 'fee: 1000' to have it shown as a number"),
        MessageCase("CS2205", .site(["cases/network.md": V.caseRecord + "" ]),
                    ja: "content/cases/network.md:8:9: error: 「evaluation.役割分担」には1から5までの点数を書きます（書かれているのは文字です） [CS2205]",
                    en: "content/cases/network.md:8:9: error: 'evaluation.役割分担' must be a score from 1 to 5, found text [CS2205]"),
        MessageCase("CS2301", .site(["grants/josei.md": V.grant(deadline: "令和9年3月14日")]),
                    ja: "content/grants/josei.md:5:11: error: 「deadline」には日付を「YYYY-MM-DD」の形で書きます（書かれた値:「令和9年3月14日」） [CS2301]\n    ヒント: 「deadline: 2027-03-14」と書いてください",
                    en: "content/grants/josei.md:5:11: error: 'deadline' must be a date written YYYY-MM-DD, found '令和9年3月14日' [CS2301]\n    hint: write 'deadline: 2027-03-14'"),
        MessageCase("CS2301", .site(["grants/josei.md": V.grant(deadline: "3月14日")]),
                    ja: "content/grants/josei.md:5:11: error: 「deadline」には日付を「YYYY-MM-DD」の形で書きます（書かれた値:「3月14日」） [CS2301]\n    ヒント: 「deadline: 2027-03-14」と書いてください（年が書かれていないので2027年としました）",
                    en: "content/grants/josei.md:5:11: error: 'deadline' must be a date written YYYY-MM-DD, found '3月14日' [CS2301]\n    hint: write 'deadline: 2027-03-14' (no year was written; 2027 was assumed)"),
        MessageCase("CS2301", .site(["grants/josei.md": V.grant(deadline: "3月中旬")]),
                    ja: "content/grants/josei.md:5:11: error: 「deadline」には日付を「YYYY-MM-DD」の形で書きます（書かれた値:「3月中旬」） [CS2301]\n    ヒント: 日付は「YYYY-MM-DD」の形で半角数字で書きます（例: 2026年4月1日なら 2026-04-01）",
                    en: "content/grants/josei.md:5:11: error: 'deadline' must be a date written YYYY-MM-DD, found '3月中旬' [CS2301]\n    hint: write the date as YYYY-MM-DD in half-width digits (2026-04-01 for 1 April 2026)"),
        MessageCase("CS2302", .site(["events/setsumeikai.md": V.event(start: "2027/3/14 13:30")]),
                    ja: "content/events/setsumeikai.md:3:8: error: 「start」には日付（YYYY-MM-DD）か日時（YYYY-MM-DD HH:MM）を書きます（書かれた値:「2027/3/14 13:30」） [CS2302]\n    ヒント: 「start: 2027-03-14 13:30」と書いてください",
                    en: "content/events/setsumeikai.md:3:8: error: 'start' must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DD HH:MM), found '2027/3/14 13:30' [CS2302]\n    hint: write 'start: 2027-03-14 13:30'"),
        MessageCase("CS2302", .site(["events/setsumeikai.md": V.event(start: "3月14日 13時30分〜16時")]),
                    ja: "content/events/setsumeikai.md:3:8: error: 「start」には日付（YYYY-MM-DD）か日時（YYYY-MM-DD HH:MM）を書きます（書かれた値:「3月14日 13時30分〜16時」） [CS2302]\n    ヒント: 「start: 2027-03-14 13:30」と書き、終わりの時刻は別の行に「end: \"16:00\"」と書いてください（年が書かれていないので2027年としました）",
                    en: "content/events/setsumeikai.md:3:8: error: 'start' must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DD HH:MM), found '3月14日 13時30分〜16時' [CS2302]\n    hint: write 'start: 2027-03-14 13:30' and the end time on a line of its own: 'end: \"16:00\"' (no year was written; 2027 was assumed)"),
        MessageCase("CS2302", .site(["events/setsumeikai.md": V.event(start: "R9.3.14")]),
                    ja: "content/events/setsumeikai.md:3:8: error: 「start」には日付（YYYY-MM-DD）か日時（YYYY-MM-DD HH:MM）を書きます（書かれた値:「R9.3.14」） [CS2302]\n    ヒント: 「start: 2027-03-14」と書いてください",
                    en: "content/events/setsumeikai.md:3:8: error: 'start' must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DD HH:MM), found 'R9.3.14' [CS2302]\n    hint: write 'start: 2027-03-14'"),
        MessageCase("CS2302", .site(["events/setsumeikai.md": V.event(start: "3月14日 4時")]),
                    ja: "content/events/setsumeikai.md:3:8: error: 「start」には日付（YYYY-MM-DD）か日時（YYYY-MM-DD HH:MM）を書きます（書かれた値:「3月14日 4時」） [CS2302]\n    ヒント: 「YYYY-MM-DD」か、時刻も付けて「YYYY-MM-DD HH:MM」と半角で書きます（例: 2026年12月5日 午前10時なら 2026-12-05 10:00）",
                    en: "content/events/setsumeikai.md:3:8: error: 'start' must be a date (YYYY-MM-DD) or a date and time (YYYY-MM-DD HH:MM), found '3月14日 4時' [CS2302]\n    hint: write YYYY-MM-DD, or YYYY-MM-DD HH:MM with the time (2026-12-05 10:00 for 10 a.m. on 5 December 2026)"),
        MessageCase("CS2303", .site(["events/setsumeikai.md": V.event("end: 12時")]),
                    ja: "content/events/setsumeikai.md:5:6: error: 「end」には時刻（HH:MM）か日時（YYYY-MM-DD HH:MM）を書きます（書かれた値:「12時」） [CS2303]\n    ヒント: 「end: \"12:00\"」と書いてください",
                    en: "content/events/setsumeikai.md:5:6: error: 'end' must be a time (HH:MM) or a date and time (YYYY-MM-DD HH:MM), found '12時' [CS2303]\n    hint: write 'end: \"12:00\"'"),
        MessageCase("CS2303", .site(["events/setsumeikai.md": V.event("end: “12:00”")]),
                    ja: "content/events/setsumeikai.md:5:6: error: 「end」には時刻（HH:MM）か日時（YYYY-MM-DD HH:MM）を書きます（書かれた値:「“12:00”」） [CS2303]\n    ヒント: 半角の引用符で「end: \"12:00\"」と書いてください",
                    en: "content/events/setsumeikai.md:5:6: error: 'end' must be a time (HH:MM) or a date and time (YYYY-MM-DD HH:MM), found '“12:00”' [CS2303]\n    hint: write it with straight quotes: 'end: \"12:00\"'"),
        MessageCase("CS2304", .site(["events/setsumeikai.md": V.event("end: 2026-12-06")]),
                    ja: "content/events/setsumeikai.md:5:6: error: 「end」に日付だけが書かれています。終わる時刻（HH:MM）か日時（YYYY-MM-DD HH:MM）を書きます [CS2304]\n    ヒント: 終わる時刻も「end: 2026-12-06 HH:MM」の形で書いてください（終日なら end: の行はいりません）",
                    en: "content/events/setsumeikai.md:5:6: error: 'end' must be a time (HH:MM) or a date and time (YYYY-MM-DD HH:MM), found a date alone [CS2304]\n    hint: add the time it ends: 'end: 2026-12-06 HH:MM' (an all-day event needs no end)"),
        MessageCase("CS2305", .site(["grants/josei.md": V.grant(deadline: "2027-02-30")]),
                    ja: "content/grants/josei.md:5:11: error: 「deadline」の「2027-02-30」は、実際にはない日付か時刻です [CS2305]\n    ヒント: 2027年2月は28日までです",
                    en: "content/grants/josei.md:5:11: error: 'deadline' is not a real date or time: '2027-02-30' [CS2305]\n    hint: 2027-02 has 28 days"),
        MessageCase("CS2306", .site(["groups/hidamari.md": V.group("founded: 令和6年")]),
                    ja: "content/groups/hidamari.md:7:10: error: 「founded」には年（YYYY）か日付（YYYY-MM-DD）を書きます（書かれた値:「令和6年」） [CS2306]\n    ヒント: 西暦の年を半角数字で「founded: 2024」と書いてください",
                    en: "content/groups/hidamari.md:7:10: error: 'founded' must be a year (YYYY) or a date (YYYY-MM-DD), found '令和6年' [CS2306]\n    hint: write the western year in digits: 'founded: 2024'"),
        MessageCase("CS2306", .site(["groups/hidamari.md": V.group("founded: 98")]),
                    ja: "content/groups/hidamari.md:7:10: error: 「founded」には年（YYYY）か日付（YYYY-MM-DD）を書きます（書かれた値:「98」） [CS2306]\n    ヒント: 西暦の年だけ（例: 2012）か日付（例: 2011-09-01）を半角数字で書いてください",
                    en: "content/groups/hidamari.md:7:10: error: 'founded' must be a year (YYYY) or a date (YYYY-MM-DD), found '98' [CS2306]\n    hint: write the western year alone (2012) or the date (2011-09-01) in half-width digits"),
        MessageCase("CS2401", .site(["groups/hidamari.md": V.group("contact:\n  email: info＠hidamari.example.jp")]),
                    ja: "content/groups/hidamari.md:8:10: error: 「contact.email」の「info＠hidamari.example.jp」はメールアドレスの形になっていません [CS2401]\n    ヒント: 「email: info@hidamari.example.jp」と書いてください",
                    en: "content/groups/hidamari.md:8:10: error: 'contact.email' is not a valid e-mail address: 'info＠hidamari.example.jp' [CS2401]\n    hint: write 'email: info@hidamari.example.jp'"),
        MessageCase("CS2401", .site(["groups/hidamari.md": V.group("contact:\n  email: info@hidamari")]),
                    ja: "content/groups/hidamari.md:8:10: error: 「contact.email」の「info@hidamari」はメールアドレスの形になっていません [CS2401]\n    ヒント: 「info@example.jp」のように、アドレスを1つだけ書いてください",
                    en: "content/groups/hidamari.md:8:10: error: 'contact.email' is not a valid e-mail address: 'info@hidamari' [CS2401]\n    hint: write a single address such as 'info@example.jp'"),
        MessageCase("CS2402", .site(["site.yml": V.site.replacingOccurrences(of: "center@example.jp", with: "info?bcc=harvest%40evil.example&subject=x@example.jp")]),
                    ja: "content/site.yml:8:10: error: 「centre.email」の「info?bcc=harvest%40evil.example&subject=x@example.jp」に「?」が入っています。メールのリンクが変わってしまうため使えません [CS2402]\n    ヒント: 「info@example.jp」のようにアドレスだけを書いてください（件名やほかの宛先は付けません）",
                    en: "content/site.yml:8:10: error: 'centre.email' has '?', which would change the e-mail link: 'info?bcc=harvest%40evil.example&subject=x@example.jp' [CS2402]\n    hint: write the address alone, e.g. 'info@example.jp', with no subject or other recipients"),
        MessageCase("CS2403", .site(["groups/hidamari.md": V.group("contact:\n  url: www.example.jp/hidamari")]),
                    ja: "content/groups/hidamari.md:8:8: error: 「contact.url」には http:// か https:// で始まるアドレスを書きます（書かれた値:「www.example.jp/hidamari」） [CS2403]\n    ヒント: 「url: https://www.example.jp/hidamari」と書いてください",
                    en: "content/groups/hidamari.md:8:8: error: 'contact.url' must be an absolute http or https url, found 'www.example.jp/hidamari' [CS2403]\n    hint: write 'url: https://www.example.jp/hidamari'"),
        MessageCase("CS2403", .site(["groups/hidamari.md": V.group("contact:\n  url: javascript:alert(1)")]),
                    ja: "content/groups/hidamari.md:8:8: error: 「contact.url」には http:// か https:// で始まるアドレスを書きます（書かれた値:「javascript:alert(1)」） [CS2403]\n    ヒント: 「javascript:」のリンクは公開するページには使えません。https:// から始まるページのアドレスを書いてください",
                    en: "content/groups/hidamari.md:8:8: error: 'contact.url' must be an absolute http or https url, found 'javascript:alert(1)' [CS2403]\n    hint: 'javascript:' links are not allowed on a public page; link to a web page starting with https://"),
        MessageCase("CS2404", .site(["groups/hidamari.md": V.group("corporate_number: \"700001205000\"")]),
                    ja: "content/groups/hidamari.md:7:19: error: 「corporate_number」は13桁の数字です（書かれた値:「700001205000」） [CS2404]\n    ヒント: 国税庁の法人番号公表サイトから、数字だけをコピーしてください",
                    en: "content/groups/hidamari.md:7:19: error: 'corporate_number' must be 13 digits, found '700001205000' [CS2404]\n    hint: copy the number from the 法人番号公表サイト, digits only"),
        MessageCase("CS2404", .site(["groups/hidamari.md": V.group("corporate_number: \"7000-01-205000-2\"")]),
                    ja: "content/groups/hidamari.md:7:19: error: 「corporate_number」は13桁の数字です（書かれた値:「7000-01-205000-2」） [CS2404]\n    ヒント: 「corporate_number: \"7000012050002\"」と書いてください",
                    en: "content/groups/hidamari.md:7:19: error: 'corporate_number' must be 13 digits, found '7000-01-205000-2' [CS2404]\n    hint: write 'corporate_number: \"7000012050002\"'"),
        MessageCase("CS2405", .site(["groups/hidamari.md": V.group("corporate_number: \"8000012050002\"")]),
                    ja: "content/groups/hidamari.md:7:19: error: 「corporate_number」の「8000012050002」は、最初の1桁（確かめ用の数字）が合いません [CS2405]\n    ヒント: 後ろの12桁からすると、最初の数字は7になるはずです。打ち間違いがないか確かめてください",
                    en: "content/groups/hidamari.md:7:19: error: 'corporate_number' has a wrong check digit: '8000012050002' [CS2405]\n    hint: for the last 12 digits the first digit would be 7; check for a typo"),
        MessageCase("CS2406", .site(["site.yml": V.site.replacingOccurrences(of: "https://www.example.jp/shimin", with: "https://www.example.jp/shimin/?page=1")]),
                    ja: "content/site.yml:3:11: warning: 「base_url」のアドレスの「?page=1」の部分は使われません [CS2406]\n    ヒント: ? や # から後を消してください",
                    en: "content/site.yml:3:11: warning: 'base_url' should not have a query or a fragment, ignoring '?page=1' [CS2406]\n    hint: remove the part from '?' or '#' on"),
        MessageCase("CS2407", .site(["site.yml": V.site.replacingOccurrences(of: "city: みどり市\n", with: "city: みどり市\ncity_code: \"13101\"\n")]),
                    ja: "content/site.yml:3:12: error: 「city_code」には全国地方公共団体コード（半角数字6けた、最後は検査数字）を書きます（書かれた値:「13101」） [CS2407]\n    ヒント: 総務省の「全国地方公共団体コード」の表から6けたのコードを写してください",
                    en: "content/site.yml:3:12: error: 'city_code' must be the 6-digit local government code (the last digit a check digit), got '13101' [CS2407]\n    hint: copy the six-digit code from the Ministry's table of local government codes"),
        MessageCase("CS2407", .site(["site.yml": V.site.replacingOccurrences(of: "city: みどり市\n", with: "city: みどり市\ncity_code: \"131015\"\n")]),
                    ja: "content/site.yml:3:12: error: 「city_code」には全国地方公共団体コード（半角数字6けた、最後は検査数字）を書きます（書かれた値:「131015」） [CS2407]\n    ヒント: 総務省の「全国地方公共団体コード」の表から6けたのコードを写してください",
                    en: "content/site.yml:3:12: error: 'city_code' must be the 6-digit local government code (the last digit a check digit), got '131015' [CS2407]\n    hint: copy the six-digit code from the Ministry's table of local government codes"),
        MessageCase("CS2501", .site(["groups/hidamari.md": V.group.replacingOccurrences(of: "kana: さくらこどもしょくどう", with: "kana: ITさろん")]),
                    ja: "content/groups/hidamari.md:3:7: warning: 「kana」はひらがなかカタカナで書きます（書かれた値:「ITさろん」） [CS2501]\n    ヒント: 読みをかなで「kana: あいてぃーさろん」と書いてください",
                    en: "content/groups/hidamari.md:3:7: warning: 'kana' should be written in hiragana or katakana, found 'ITさろん' [CS2501]\n    hint: write the reading in kana: 'kana: あいてぃーさろん'"),
        MessageCase("CS2502", .site(["groups/hidamari.md": V.group.replacingOccurrences(of: "fields: [children]", with: "fields: []")]),
                    ja: "content/groups/hidamari.md:5:1: error: 「fields」に活動分野を1つ以上書きます [CS2502]\n    ヒント: 例: fields: [children]",
                    en: "content/groups/hidamari.md:5:1: error: 'fields' must name at least one activity field [CS2502]\n    hint: e.g. 'fields: [children]'"),
        MessageCase("CS2503", .site(["groups/hidamari.md": V.group("recruiting:\n  note: 調理ボランティアを募集しています")]),
                    ja: "content/groups/hidamari.md:8:3: warning: 「recruiting.note」はサイトに載りません。「members」も「volunteers」も true になっていません [CS2503]\n    ヒント: recruiting: の下に「volunteers: true」か「members: true」を書くか、募集していなければ note の行を消してください",
                    en: "content/groups/hidamari.md:8:3: warning: 'recruiting.note' is not published: neither 'members' nor 'volunteers' is true [CS2503]\n    hint: write 'volunteers: true' or 'members: true' under 'recruiting:', or remove the note"),
        MessageCase("CS2504", .site(["groups/hidamari.md": V.group("slug: Hidamari Kitchen")]),
                    ja: "content/groups/hidamari.md:7:7: error: 「slug」には半角の小文字の英字、数字、ハイフン（-）だけを使います（書かれた値:「Hidamari Kitchen」） [CS2504]\n    ヒント: 「slug: hidamari-kitchen」と書いてください",
                    en: "content/groups/hidamari.md:7:7: error: 'slug' must use lowercase ascii letters, digits and hyphens, found 'Hidamari Kitchen' [CS2504]\n    hint: write 'slug: hidamari-kitchen'"),
        MessageCase("CS2505", .site(["groups/さくら子ども食堂.md": V.group]),
                    ja: "content/groups/さくら子ども食堂.md:1:1: error: ファイル名「さくら子ども食堂.md」はページのアドレス（スラッグ）に使えません [CS2505]\n    ヒント: ファイル名を「sakura-kodomo-shokudo.md」に変えるか、「slug: sakura-kodomo-shokudo」の行を加えてください",
                    en: "content/groups/さくら子ども食堂.md:1:1: error: file name 'さくら子ども食堂.md' is not a valid slug [CS2505]\n    hint: rename the file to 'sakura-kodomo-shokudo.md', or add a line 'slug: sakura-kodomo-shokudo'"),
    ]
}

/// Records for the value cases: valid as they are, with lines added at the
/// end of the front matter.
enum ValueMessageFixtures {
    static let group = """
        ---
        title: さくら子ども食堂
        kana: さくらこどもしょくどう
        type: 任意団体
        fields: [children]
        summary: 地域の子どもに温かい食事と居場所を届けています。
        ---
        本文

        """

    /// `group` with `lines` from line 7 on.
    static func group(_ lines: String) -> String {
        group.replacingOccurrences(of: "。\n---", with: "。\n\(lines)\n---")
    }

    /// An event; `lines` start on line 5.
    static func event(start: String = "2026-12-05 10:00", _ lines: String? = nil) -> String {
        "---\ntitle: 子ども食堂ボランティア説明会\nstart: \(start)\nsummary: 調理や見守りのボランティアについてご説明します。\n"
            + (lines.map { $0 + "\n" } ?? "") + "---\n本文\n"
    }

    static func event(_ lines: String) -> String { event(start: "2026-12-05 10:00", lines) }

    /// A grant; `lines` start on line 7.
    static func grant(deadline: String = "2027-05-31", _ lines: String? = nil) -> String {
        "---\ntitle: みどり市市民活動促進補助金\nprovider: みどり市\nkind: 補助金\ndeadline: \(deadline)\nsummary: 市民活動団体の公益的な事業に経費の一部を補助します。\n"
            + (lines.map { $0 + "\n" } ?? "") + "---\n本文\n"
    }

    static func grant(_ lines: String) -> String { grant(deadline: "2027-05-31", lines) }

    static let caseRecord = """
        ---
        title: 子ども食堂ネットワーク事業
        fiscal_year: 2024
        form: 事業協力
        summary: 市と団体が役割を分担し、市内の子ども食堂をつなぎました。
        evaluation:
          目的の共有: 5
          役割分担: よい
        ---
        本文

        """

    static let site = """
        title: みどり市市民活動センター
        city: みどり市
        base_url: https://www.example.jp/shimin
        centre:
          name: みどり市市民活動センター
          address: みどり市中央1-2-3
          phone: 000-000-0000
          email: center@example.jp
          hours: 9:00〜21:00（月曜休館）

        """
}
