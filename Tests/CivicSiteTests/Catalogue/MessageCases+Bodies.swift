import Foundation
@testable import CivicSite

extension MessageCases {
    static let bodies: [MessageCase] = [
        MessageCase("CS8001", .site(["groups/kaede.md": RecordFiles.group("かえでの会") + "\n参考: https://ja.wikipedia.org/wiki/子ども食堂 を見てください。\n"]),
                    ja: "content/groups/kaede.md:10:5: warning: URL が日本語の文字の前で切れ、「子ども食堂」がリンクに入っていません（リンク: https://ja.wikipedia.org/wiki/） [CS8001]\n    ヒント: URL の全体をリンクにするには、< と > で囲んでください: <https://ja.wikipedia.org/wiki/子ども食堂>",
                    en: "content/groups/kaede.md:10:5: warning: the URL stops before the Japanese text: '子ども食堂' is not part of the link (https://ja.wikipedia.org/wiki/) [CS8001]\n    hint: to link the whole address, put it between < and >: <https://ja.wikipedia.org/wiki/子ども食堂>"),
    ]
}
