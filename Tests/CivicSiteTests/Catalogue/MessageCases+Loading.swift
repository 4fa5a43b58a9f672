import Foundation
@testable import CivicSite

extension MessageCases {
    static let loading: [MessageCase] = [
        MessageCase("CS1040", .custom {
            ContentLoader.load(directory: URL(fileURLWithPath: "/nonexistent-civicsite-content"), displayPath: "content",
                               includeDrafts: false).diagnostics.items
        },
                    ja: "content:1:1: error: コンテンツのフォルダーがありません [CS1040]\n    ヒント: サイトのフォルダーで実行するか、コンテンツのフォルダーを指定してください",
                    en: "content:1:1: error: content folder not found [CS1040]\n    hint: run from the site's folder, or give the content folder's path"),
        MessageCase("CS1041", .site(["site.yml": nil]),
                    ja: "content/site.yml:1:1: error: site.yml がありません [CS1041]\n    ヒント: title、city、base_url、centre を書いた site.yml を作ってください",
                    en: "content/site.yml:1:1: error: missing site.yml [CS1041]\n    hint: create it with title, city, base_url and centre"),
        // The file went away between listing the folder and reading it
        // (an editor's save by rename); as root, permissions cannot stop a read.
        MessageCase("CS1042", .custom {
            let file = ContentFile(kind: .groups, path: "/nonexistent-civicsite-content/groups/sakura.md",
                                   displayPath: "content/groups/sakura.md", fileName: "sakura.md")
            return ContentFileDecoder.decode(file, reader: ContentLoader.frontMatterReader).diagnostics
        },
                    ja: "content/groups/sakura.md:1:1: error: ファイルを読めません（ファイルまたはフォルダーがありません） [CS1042]\n    ヒント: ファイルの読み取り権限を確かめてください。ほかのプログラムが開いたままなら閉じてください",
                    en: "content/groups/sakura.md:1:1: error: cannot read the file (no such file or folder) [CS1042]\n    hint: check that the file may be read; close any program that holds it"),
        // 120 bytes of front matter and 50,000 lines of 22 bytes: 1,100,120 bytes, 1,075 KB rounded up.
        MessageCase("CS1043", .site(["groups/kaede.md": RecordFiles.group("かえでの会") + String(repeating: "長い文章です。\n", count: 50_000)]),
                    ja: "content/groups/kaede.md:1:1: error: ファイルが大きすぎるため読みません（1075 KB。上限は 1024 KB） [CS1043]\n    ヒント: 1つの記録は1ページの文章です。長い文章はいくつかの記録に分け、別のファイルを間違えて置いていないかも確かめてください",
                    en: "content/groups/kaede.md:1:1: error: the file is too large to be read (1075 KB; the limit is 1024 KB) [CS1043]\n    hint: a record is one page of text: split a long text into several records, and check that no other file was saved here by mistake"),
        MessageCase("CS1043", .site(["site.yml": "title: 市民活動センター\n" + String(repeating: "# 長いコメントです。\n", count: 40_000)]),
                    ja: "content/site.yml:1:1: error: ファイルが大きすぎるため読みません（1172 KB。上限は 1024 KB） [CS1043]\n    ヒント: site.yml にはサイトの設定だけを書きます。別のファイルを site.yml の名前で保存していないか確かめてください",
                    en: "content/site.yml:1:1: error: the file is too large to be read (1172 KB; the limit is 1024 KB) [CS1043]\n    hint: site.yml holds only the site's settings: check that no other file was saved as site.yml"),
    ]
}
