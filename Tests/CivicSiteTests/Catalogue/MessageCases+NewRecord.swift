import Foundation
@testable import CivicSite

extension MessageCases {
    static let newRecords: [MessageCase] = [
        MessageCase("CS9101", .site(["groups/new.md": NewRecordMessageFixtures.unfinishedGroup]),
                    ja: "content/groups/new.md:2:8: error: 「〔団体の名前〕」はテンプレートの仮の文字です。下書きではない記録には残せません [CS9101]\n    ヒント: 〔 〕ごと本当の内容に書き換えてください。まだ公開しないなら draft: true の行を残します",
                    en: "content/groups/new.md:2:8: error: '〔団体の名前〕' is a template placeholder, left in a record that is not a draft [CS9101]\n    hint: replace it, brackets included, with the real text; keep 'draft: true' until the record is ready"),
        MessageCase("CS9102", .site(["groups/new.md": NewRecordMessageFixtures.unfinishedGroup]),
                    ja: "content/groups/new.md:5:18: error: テンプレートのメモ「〔組織形態を選んでください〕」が残っています。この行の値を確かめていないかもしれません [CS9102]\n    ヒント: 値を確かめて（必要なら書き換えて）から、「# 〔組織形態を選んでください〕」を消してください",
                    en: "content/groups/new.md:5:18: error: the template's note '〔組織形態を選んでください〕' is still here: the value on this line may not have been checked [CS9102]\n    hint: check the value (change it if needed), then delete '# 〔組織形態を選んでください〕'"),
        MessageCase("CS9111", .command(["new", "evnt"]),
                    ja: "error: 「evnt」という種類の記録は作れません [CS9111]\n    ヒント: 「event」の書き間違いではありませんか？",
                    en: "error: 'evnt' is not a kind of record civicsite new can make [CS9111]\n    hint: did you mean 'event'?"),
        MessageCase("CS9111", .command(["new", "field"]),
                    ja: "error: 「field」という種類の記録は作れません [CS9111]\n    ヒント: 作れるのは group、event、grant、case、news、page です",
                    en: "error: 'field' is not a kind of record civicsite new can make [CS9111]\n    hint: it makes group, event, grant, case, news, page"),
        MessageCase("CS9112", .command(["new"]),
                    ja: "error: 作る記録の種類がありません [CS9112]\n    ヒント: civicsite new の後に group、event、grant、case、news、page のどれかを書いてください。例: civicsite new event --title \"説明会\"",
                    en: "error: no kind of record given [CS9112]\n    hint: write one of group, event, grant, case, news, page after civicsite new, e.g. civicsite new event --title \"説明会\""),
        MessageCase("CS9113", .command(["new", "group", "Sakura_Shokudo"]),
                    ja: "error: 「Sakura_Shokudo」はスラッグに使えません。半角の英小文字・数字・ハイフン（-）だけで書きます [CS9113]\n    ヒント: 例: sakura-shokudo",
                    en: "error: 'Sakura_Shokudo' cannot be a slug: use lowercase ASCII letters, digits and hyphens [CS9113]\n    hint: e.g. sakura-shokudo"),
        MessageCase("CS9113", .command(["new", "event", "防災訓練"]),
                    ja: "error: 「防災訓練」はスラッグに使えません。半角の英小文字・数字・ハイフン（-）だけで書きます [CS9113]",
                    en: "error: '防災訓練' cannot be a slug: use lowercase ASCII letters, digits and hyphens [CS9113]"),
        MessageCase("CS9114", .command(["new", "page", "about"]),
                    ja: "error: 「content/pages/about.md」はすでにあります。上書きはしません [CS9114]\n    ヒント: 同じ記録ならそのファイルを開いて直してください。別の記録なら別のスラッグを書きます。例: civicsite new page about-2",
                    en: "error: 'content/pages/about.md' already exists; it is not overwritten [CS9114]\n    hint: if it is the same record, edit that file; if not, give another slug, e.g. civicsite new page about-2"),
        MessageCase("CS9115", .custom { try NewRecordMessageFixtures.withoutTemplates() },
                    ja: "error: 「event」の記録のテンプレートが見つかりません [CS9115]\n    ヒント: 探した場所: archetypes/events.md、themes/default/archetypes/events.md",
                    en: "error: no template for a record of 'event' [CS9115]\n    hint: looked in: archetypes/events.md, themes/default/archetypes/events.md"),
        MessageCase("CS9116", .custom { try NewRecordMessageFixtures.folderIsAFile() },
                    ja: "error: 「content/pages/junbi.md」を書き込めません（途中の名前がフォルダーではなくファイルです） [CS9116]\n    ヒント: フォルダーに書き込めるか、ほかのプログラムが開いていないか確かめてください",
                    en: "error: cannot write 'content/pages/junbi.md' (part of the path is a file, not a folder) [CS9116]\n    hint: check that the folder can be written to and no other program holds the file"),
        MessageCase("CS9117", .custom { try NewRecordMessageFixtures.brokenTemplate() },
                    ja: "error: テンプレート「archetypes/groups.md」から作った記録に、下の問題があります。ファイルは作りませんでした [CS9117]\n    ヒント: テンプレートを直してください。仮の文字は〔 〕で囲み、種類や日付には正しい形の値を書きます",
                    en: "error: the record made from the template 'archetypes/groups.md' has the problems below; no file was written [CS9117]\n    hint: fix the template: placeholders go in 〔 〕, and kinds and dates need valid values"),
        MessageCase("CS9118", .command(["new", "event", "--kana", "ぼうさい"]),
                    ja: "error: --kana（よみがな）は団体（group）の記録にだけ使えます [CS9118]\n    ヒント: 「event」では --kana を外してください。スラッグはタイトルから作るか、最後に書きます",
                    en: "error: --kana (the reading) is only for groups [CS9118]\n    hint: leave out --kana for 'event'; the slug is made from the title, or written last"),
        MessageCase("CS9119", .command(["new", "page", "search"]),
                    ja: "error: 「search」はサイトが使う名前なので、ページのスラッグにできません [CS9119]\n    ヒント: 別のスラッグを書いてください。使えない名前: 404、areas、assets、cases、data、events、fields、files、grants、groups、news、pages、recruiting、search、stats、types",
                    en: "error: 'search' is used by the site itself and cannot be a page's slug [CS9119]\n    hint: give another slug; reserved: 404, areas, assets, cases, data, events, fields, files, grants, groups, news, pages, recruiting, search, stats, types"),
    ]
}

/// Projects in which `civicsite new` meets each of its problems.
enum NewRecordMessageFixtures {
    static let unfinishedGroup = """
        ---
        title: 〔団体の名前〕
        kana: さくら
        # 【必須】組織形態
        type: voluntary  # 〔組織形態を選んでください〕
        fields: [children]
        summary: 子ども食堂です。
        ---

        """

    /// The problems `NewRecord.make` reports, the project removed after.
    static func problems(in project: NewRecordProject, _ request: NewRecordRequest) -> [Diagnostic] {
        defer { project.remove() }
        do {
            _ = try NewRecord.make(request)
            return []
        } catch {
            return error.items
        }
    }

    static func withoutTemplates() throws -> [Diagnostic] {
        let project = try NewRecordProject.make(sample: false)
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("themes/default/archetypes"))
        return problems(in: project, project.request(.events))
    }

    static func folderIsAFile() throws -> [Diagnostic] {
        let project = try NewRecordProject.make(sample: false)
        try FileManager.default.removeItem(at: project.content.appendingPathComponent("pages"))
        try project.write("", to: "content/pages")
        return problems(in: project, project.request(.pages, slug: "junbi"))
    }

    static func brokenTemplate() throws -> [Diagnostic] {
        let project = try NewRecordProject.make(sample: false)
        try project.write("---\ndraft: true\ntitle: {{title}}\ntype: 〔組織形態〕\n---\n", to: "archetypes/groups.md")
        return problems(in: project, project.request(.groups, title: "さくら"))
    }
}
