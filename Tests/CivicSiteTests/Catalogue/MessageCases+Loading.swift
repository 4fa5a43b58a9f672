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
    ]
}
