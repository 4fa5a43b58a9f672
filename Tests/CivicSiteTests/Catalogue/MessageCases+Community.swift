import Foundation
@testable import CivicSite

/// Files for the cases of areas, map places and news, written as staff would.
enum CommunityFiles {
    /// The minimal site's settings with two areas and `extra` lines under `areas:`.
    static func site(areas extra: String = "") -> String {
        let base = (try? String(contentsOf: TestPaths.fixtures.appendingPathComponent("valid-minimal/content/site.yml"), encoding: .utf8)) ?? ""
        return base + "areas:\n  - id: higashi\n    name: 東部地区\n  - id: nishi\n    name: 西部地区\n" + extra
    }


    static func news(related: String, extra: String = "") -> String {
        "---\ntitle: お知らせ\ndate: 2026-11-30\nsummary: 説明です。\nrelated: \(related)\n\(extra)---\n本文。\n"
    }
}

extension MessageCases {
    static let community: [MessageCase] = [
        MessageCase("CS2701", .site(["site.yml": CommunityFiles.site(areas: "  - 北部地区\n")]),
                    ja: "content/site.yml:15:5: error: 「areas」の地区は「id:」と「name:」の2行で書きます（書かれた値:「北部地区」） [CS2701]\n    ヒント: 「- id: 」のあとに半角の小文字の英字（ページのアドレスになります）、次の行に「  name: 北部地区」と書いてください",
                    en: "content/site.yml:15:5: error: each item of 'areas' needs an 'id' and a 'name', found '北部地区' [CS2701]\n    hint: write '- id: ' with lowercase ascii letters (the address of its page), and '  name: 北部地区' on the next line"),
        MessageCase("CS2702", .site(["site.yml": CommunityFiles.site(areas: "  - id: Kita Bu\n    name: 北部地区\n")]),
                    ja: "content/site.yml:15:9: error: 地区の id には半角の小文字の英字、数字、ハイフン（-）だけを使います（書かれた値:「Kita Bu」） [CS2702]\n    ヒント: 「id: kita-bu」のように書いてください",
                    en: "content/site.yml:15:9: error: area id must use lowercase ascii letters, digits and hyphens, found 'Kita Bu' [CS2702]\n    hint: write e.g. 'id: kita-bu'"),
        MessageCase("CS2703", .site(["site.yml": CommunityFiles.site(areas: "  - id: nishi\n    name: 北部地区\n")]),
                    ja: "content/site.yml:15:5: error: 「areas」に「nishi」が2回書かれています（areas.id） [CS2703]\n    ヒント: 地区ごとに別の id と name を書いてください",
                    en: "content/site.yml:15:5: error: 'nishi' appears twice in 'areas' (areas.id) [CS2703]\n    hint: give each area its own id and name"),
        MessageCase("CS2710", .site(["groups/kaede.md": RecordFiles.group("かえでの会", extra: "lat: 北緯35.68\nlon: 139.7\n")]),
                    ja: "content/groups/kaede.md:7:6: error: 「lat」は度の小数で書きます（書かれた値:「北緯35.68」） [CS2710]\n    ヒント: 地図のサイトに出る緯度・経度の数を書いてください（例: lat: 35.6812 と lon: 139.7671）",
                    en: "content/groups/kaede.md:7:6: error: 'lat' must be decimal degrees such as 35.6812, found '北緯35.68' [CS2710]\n    hint: write the latitude and longitude a map site shows, e.g. 'lat: 35.6812' and 'lon: 139.7671'"),
        MessageCase("CS2710", .site(["groups/kaede.md": RecordFiles.group("かえでの会", extra: "lat: \"35.68\"\nlon: 139.7\n")]),
                    ja: "content/groups/kaede.md:7:6: error: 「lat」は度の小数で書きます（書かれた値:「35.68」） [CS2710]\n    ヒント: 引用符を外して「lat: 35.68」と書いてください",
                    en: "content/groups/kaede.md:7:6: error: 'lat' must be decimal degrees such as 35.6812, found '35.68' [CS2710]\n    hint: remove the quotes: 'lat: 35.68'"),
        MessageCase("CS2711", .site(["groups/kaede.md": RecordFiles.group("かえでの会", extra: "lat: 139.7671\nlon: 35.6812\n")]),
                    ja: "content/groups/kaede.md:7:6: error: 「lat」は -90 から 90 までの数です（書かれた値: 139.7671） [CS2711]\n    ヒント: lat と lon が入れ替わっているようです。「lat: 35.6812」「lon: 139.7671」と書いてください",
                    en: "content/groups/kaede.md:7:6: error: 'lat' must be between -90 and 90, found 139.7671 [CS2711]\n    hint: 'lat' and 'lon' look swapped; write 'lat: 35.6812' and 'lon: 139.7671'"),
        MessageCase("CS2711", .site(["groups/kaede.md": RecordFiles.group("かえでの会", extra: "lat: 35.6812\nlon: 239.7\n")]),
                    ja: "content/groups/kaede.md:8:6: error: 「lon」は -180 から 180 までの数です（書かれた値: 239.7） [CS2711]\n    ヒント: lat は南北の位置（緯度）、lon は東西の位置（経度）です",
                    en: "content/groups/kaede.md:8:6: error: 'lon' must be between -180 and 180, found 239.7 [CS2711]\n    hint: lat is the north-south position (latitude), lon the east-west one (longitude)"),
        MessageCase("CS2712", .site(["events/setsumeikai.md": RecordFiles.event("説明会", extra: "lat: 35.6812\n")]),
                    ja: "content/events/setsumeikai.md:4:6: error: 「lat」だけが書かれていて「lon」がありません [CS2712]\n    ヒント: 地図の印には lat と lon の両方が必要です。両方書くか、両方消してください",
                    en: "content/events/setsumeikai.md:4:6: error: 'lat' is written without 'lon' [CS2712]\n    hint: a pin needs both 'lat' and 'lon'; write both or neither"),
        MessageCase("CS3080", .site(["site.yml": CommunityFiles.site()]),
                    ja: "content/groups/sakura.md:7:7: error: 「みどり市東部」という地区はありません [CS3080]\n    ヒント: site.yml の areas: にある地区を書いてください: 東部地区、西部地区、市内全域",
                    en: "content/groups/sakura.md:7:7: error: unknown area 'みどり市東部' [CS3080]\n    hint: write one of the areas of site.yml: 東部地区, 西部地区, 市内全域"),
        MessageCase("CS3080", .site(["site.yml": CommunityFiles.site(), "groups/sakura.md": nil,
                                     "events/setsumeikai.md": RecordFiles.event("説明会", extra: "area: [西, 東部地区、西部地区]\n")]),
                    ja: "content/events/setsumeikai.md:4:8: error: 「西」という地区はありません [CS3080]\n    ヒント: 近い地区: 「西部地区」\ncontent/events/setsumeikai.md:4:11: error: 「東部地区、西部地区」という地区はありません [CS3080]\n    ヒント: いくつもの地区にするには「area: [東部地区, 西部地区]」と書いてください",
                    en: "content/events/setsumeikai.md:4:8: error: unknown area '西' [CS3080]\n    hint: the closest areas are: '西部地区'\ncontent/events/setsumeikai.md:4:11: error: unknown area '東部地区、西部地区' [CS3080]\n    hint: for several areas write 'area: [東部地区, 西部地区]'"),
        MessageCase("CS3081", .site(["news/oshirase.md": CommunityFiles.news(related: "[説明会]")]),
                    ja: "content/news/oshirase.md:5:11: error: 「説明会」は「種類/スラッグ」の形ではありません [CS3081]\n    ヒント: 「groups/sakura」のように、記録の種類とスラッグを「/」でつないで書いてください。種類: fields、groups、events、grants、cases、news、pages",
                    en: "content/news/oshirase.md:5:11: error: '説明会' is not written as kind/slug [CS3081]\n    hint: write the kind of record and its slug joined by '/', e.g. 'groups/sakura'; the kinds are: fields, groups, events, grants, cases, news, pages"),
        MessageCase("CS3082", .site(["news/oshirase.md": CommunityFiles.news(related: "[groups/sakur, events/none]")]),
                    ja: "content/news/oshirase.md:5:11: error: 団体に「groups/sakur」はありません [CS3082]\n    ヒント: 「groups/sakura」の書き間違いではありませんか？\ncontent/news/oshirase.md:5:25: error: イベントに「events/none」はありません [CS3082]\n    ヒント: content/events の中のファイル名から「.md」を除いた名前を書いてください",
                    en: "content/news/oshirase.md:5:11: error: no record 'groups/sakur' among groups [CS3082]\n    hint: did you mean 'groups/sakura'?\ncontent/news/oshirase.md:5:25: error: no record 'events/none' among events [CS3082]\n    hint: write the name of a file under content/events without '.md'"),
        MessageCase("CS3083", .site(["news/oshirase.md": CommunityFiles.news(related: "[groups/kaede]"),
                                     "groups/kaede.md": RecordFiles.group("かえでの会", extra: "draft: true\n")]),
                    ja: "content/news/oshirase.md:5:11: error: 「groups/kaede」は下書き（draft: true）です [CS3083]\n    ヒント: 公開するなら content/groups/kaede.md の「draft: true」を消し、しないならこの行を消してください",
                    en: "content/news/oshirase.md:5:11: error: related record 'groups/kaede' is a draft [CS3083]\n    hint: publish it (remove 'draft: true' from content/groups/kaede.md) or remove it from 'related'"),
    ]
}
