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
                    ja: "blocked/site:1:1: error: サイトを書き出せませんでした（blocked: 同じ名前のファイルがすでにあります） [CS5006]\n    ヒント: 公開用のフォルダーは前のままです",
                    en: "blocked/site:1:1: error: could not write the site (blocked: a file of that name already exists) [CS5006]\n    hint: the previous site was left as it was"),
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
