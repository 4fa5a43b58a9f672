import Foundation
@testable import CivicSite

extension MessageCases {
    static let output: [MessageCase] = [
        MessageCase("CS5001", .command(["build", "--output", "content"]),
                    ja: "error: 出力先「content」はコンテンツのフォルダー「content」そのものです [CS5001]\n    ヒント: ビルドは出力先を丸ごと入れ替えます。サイト専用のフォルダーを指定してください。例: --output site",
                    en: "error: the output folder 'content' is the content folder 'content' [CS5001]\n    hint: a build replaces its output folder as a whole; write the site to a folder of its own, e.g. --output site"),
        MessageCase("CS5002", .command(["build", "--output", "."]),
                    ja: "error: 出力先「.」の中にコンテンツのフォルダー「content」があります [CS5002]\n    ヒント: ビルドは出力先を丸ごと入れ替えます。サイト専用のフォルダーを指定してください。例: --output site",
                    en: "error: the output folder '.' holds the content folder 'content' [CS5002]\n    hint: a build replaces its output folder as a whole; write the site to a folder of its own, e.g. --output site"),
        MessageCase("CS5003", .command(["build", "--output", "themes/default/site"]),
                    ja: "error: 出力先「themes/default/site」がテーマを置くフォルダー「themes」の中にあります [CS5003]\n    ヒント: ビルドは出力先を丸ごと入れ替えます。サイト専用のフォルダーを指定してください。例: --output site",
                    en: "error: the output folder 'themes/default/site' is inside the themes folder 'themes' [CS5003]\n    hint: a build replaces its output folder as a whole; write the site to a folder of its own, e.g. --output site"),
        MessageCase("CS5004", .command(["build", "--output", "README.md"]),
                    ja: "error: 出力先「README.md」はフォルダーではなくファイルです [CS5004]\n    ヒント: サイトを書き出すフォルダーを指定してください。例: --output site",
                    en: "error: the output 'README.md' is a file, not a folder [CS5004]\n    hint: name a folder for the site, e.g. --output site"),
        MessageCase("CS5005", .command(["build", "--output", "docs"]),
                    ja: "error: 出力先「docs」には、ビルドしたサイトではないファイルがあります（一番上に index.html と sitemap.xml がありません） [CS5005]\n    ヒント: ビルドは出力先を丸ごと入れ替えます。新しいか空のフォルダーを指定するか、それでも入れ替えるなら --force を付けてください",
                    en: "error: the output folder 'docs' holds files that are not a built site (no index.html and sitemap.xml at its top) [CS5005]\n    hint: a build replaces the whole folder: name a new or empty folder, or add --force to replace this one anyway"),
        MessageCase("CS5006", .command(["build", "--output", "blocked/site"], in: OutputMessageFixtures.projectWithAFile()),
                    ja: "blocked/site:1:1: error: サイトを書き出せませんでした（blocked: 同じ名前のファイルがすでにあります） [CS5006]\n    ヒント: 前のサイトはなく、何も残していません",
                    en: "blocked/site:1:1: error: could not write the site (blocked: a file of that name already exists) [CS5006]\n    hint: there was no previous site, and nothing was left behind"),
        // With a previous site, the usual hint says it was kept.
        MessageCase("CS5006", .custom { try OutputMessageFixtures.failedWriteOverAPreviousSite() },
                    ja: "site:1:1: error: サイトを書き出せませんでした（site/groups/sakura: 途中の名前がフォルダーではなくファイルです） [CS5006]\n    ヒント: 公開用のフォルダーは前のままです",
                    en: "site:1:1: error: could not write the site (site/groups/sakura: part of the path is a file, not a folder) [CS5006]\n    hint: the previous site was left as it was"),
        MessageCase("CS5010", .command(["build", "--output", "public"], in: OutputMessageFixtures.projectWithLinks),
                    ja: "error: 出力先「public」は「www」へのシンボリックリンクで、リンク先は civicsite が書き出したサイトではありません [CS5010]\n    ヒント: ビルドはリンクをフォルダーに置き換えず、リンク先はビルドが書き出したサイトのときだけ入れ替えます。サイト専用のフォルダーに書き出し（--output site）、リンクをそのフォルダーに向けてください",
                    en: "error: the output folder 'public' is a symbolic link to 'www', a folder that holds no site civicsite wrote [CS5010]\n    hint: a build never turns a link into a folder and replaces the folder it points to only when a build wrote it: write the site to a folder of its own (--output site) and point the link at that folder"),
        MessageCase("CS5011", .command(["build", "--output", "gone/site"], in: OutputMessageFixtures.projectWithLinks),
                    ja: "error: 出力先「gone/site」に書き出せません。「gone」は「nowhere」へのシンボリックリンクですが、リンク先がありません [CS5011]\n    ヒント: リンク先のフォルダーを作るか、リンクを削除してください",
                    en: "error: cannot write the site to 'gone/site': 'gone' is a symbolic link to 'nowhere', which does not exist [CS5011]\n    hint: create the folder the link points to, or remove the link"),
        MessageCase("CS5012", .command(["build", "--output", "loop1/site"], in: OutputMessageFixtures.projectWithLinks),
                    ja: "error: 出力先「loop1/site」に書き出せません。「loop1」からのシンボリックリンクが堂々巡りになっています [CS5012]\n    ヒント: リンクを直すか、削除してください",
                    en: "error: cannot write the site to 'loop1/site': the symbolic links from 'loop1' lead round in a circle [CS5012]\n    hint: fix the links or remove them"),
        MessageCase("CS5013", .custom { try OutputMessageFixtures.secondWriter() },
                    ja: "site:1:1: warning: 別のビルドが「site」を書き出しています。終わるまで待ちます（最長 1 秒） [CS5013]",
                    en: "site:1:1: warning: another build is writing 'site'; waiting for it to finish (at most 1 s) [CS5013]"),
        MessageCase("CS5014", .custom { try OutputMessageFixtures.secondWriter() },
                    ja: "site:1:1: error: 1 秒待っても、別のビルドがまだ「site」を書き出しています [CS5014]\n    ヒント: このビルドは何も変えていません。もう一方のビルドが終わってから、もう一度ビルドしてください（待つ秒数は CIVICSITE_LOCK_TIMEOUT で変えられます）",
                    en: "site:1:1: error: another build was still writing 'site' after 1 s [CS5014]\n    hint: this build changed nothing; build again once the other one has finished (CIVICSITE_LOCK_TIMEOUT sets how long to wait)"),
        MessageCase("CS5015", .custom { try OutputMessageFixtures.buildAfterKilledBuilds() },
                    ja: "site:1:1: warning: 途中で止まったビルドが残した「.site.new-1-a」を削除しました [CS5015]",
                    en: "site:1:1: warning: removed '.site.new-1-a', left behind by a build that was stopped [CS5015]"),
        MessageCase("CS5016", .custom { try OutputMessageFixtures.buildAfterKilledBuilds() },
                    ja: "site:1:1: warning: 入れ替えの途中で止まったビルドがあったため、前のサイトを「.site.old-2-b」から「site」に戻しました [CS5016]",
                    en: "site:1:1: warning: put the previous site back into 'site' from '.site.old-2-b': a build was stopped while swapping it [CS5016]"),
        MessageCase("CS5017", .custom { try OutputMessageFixtures.buildAfterKilledBuilds() },
                    ja: "site:1:1: warning: 「.site.new-3」はビルドの一時フォルダーと同じ形の名前ですが、「.civicsite」ファイルがないため、消さずに残しました [CS5017]\n    ヒント: 中身を確かめ、不要なら手で削除してください",
                    en: "site:1:1: warning: left '.site.new-3' alone: it is named like a build's temporary folder but has no '.civicsite' file, so it may not be ours [CS5017]\n    hint: look inside and delete it yourself if nothing in it is needed"),
        MessageCase("CS5018", .custom { [OutputMessageFixtures.strandedSwap()] },
                    ja: "site:1:1: error: 新しいサイトを置けませんでした（site: 書き込む権限がありません）。前のサイトは今「.site.old-1-a」にあります [CS5018]\n    ヒント: 理由を直してからもう一度ビルドすると、まず前のサイトを「site」に戻します。手で名前を戻してもかまいません",
                    en: "site:1:1: error: could not put the new site in place (site: permission denied); the previous site is now in '.site.old-1-a' [CS5018]\n    hint: once the reason is fixed, the next build first puts it back in 'site'; or rename it back yourself"),
        MessageCase("CS5019", .custom { [OutputMessageFixtures.oldSiteNotRemoved()] },
                    ja: "site:1:1: warning: 「.site.new-1-a」をすべては削除できませんでした（.site.new-1-a/groups: 書き込む権限がありません） [CS5019]\n    ヒント: サイトそのものは完全です。次のビルドでもう一度削除を試みます。手で削除してもかまいません",
                    en: "site:1:1: warning: could not delete all of '.site.new-1-a' (.site.new-1-a/groups: permission denied) [CS5019]\n    hint: the site itself is complete; the next build tries again, or delete the folder yourself"),
    ]
}

enum OutputMessageFixtures {
    /// A project whose `blocked` is a file, so no site can be written under it.
    /// Left in the temporary folder for the process's lifetime.
    static func projectWithAFile() -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-out-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try? FileManager.default.copyItem(at: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"),
                                          to: root.appendingPathComponent("content"))
        try? FileManager.default.copyItem(at: TestPaths.projectRoot.appendingPathComponent("themes"), to: root.appendingPathComponent("themes"))
        try? Data("x".utf8).write(to: root.appendingPathComponent("blocked"))
        return root
    }
}
