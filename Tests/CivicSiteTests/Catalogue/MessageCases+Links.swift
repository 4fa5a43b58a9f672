#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
@testable import CivicSite

extension MessageCases {
    static let links: [MessageCase] = [
        MessageCase("CS1050", .custom { try LinkMessageFixtures.check { content in
            try FileManager.default.createSymbolicLink(atPath: content.path + "/groups/foreign.md", withDestinationPath: "../../../outside.md")
        } },
                    ja: "content/groups/foreign.md:1:1: error: 「content/groups/foreign.md」はコンテンツのフォルダー「content」の外にある「../../../outside.md」へのシンボリックリンクです [CS1050]\n    ヒント: リンクはそのフォルダーの中を指すものだけ読みます。リンクではなく、ファイルそのものをコピーして置いてください",
                    en: "content/groups/foreign.md:1:1: error: 'content/groups/foreign.md' is a symbolic link to '../../../outside.md', outside the content folder 'content' [CS1050]\n    hint: links are followed only within that folder: copy the file in instead of linking to it"),
        MessageCase("CS1051", .custom { try LinkMessageFixtures.check { content in
            try FileManager.default.createSymbolicLink(atPath: content.path + "/pages/old.md", withDestinationPath: "deleted.md")
        } },
                    ja: "content/pages/old.md:1:1: error: 「content/pages/old.md」は「deleted.md」へのシンボリックリンクですが、リンク先がありません [CS1051]\n    ヒント: リンクを直すか、削除してください",
                    en: "content/pages/old.md:1:1: error: 'content/pages/old.md' is a symbolic link to 'deleted.md', which does not exist [CS1051]\n    hint: fix the link or remove it"),
        MessageCase("CS1052", .custom { try LinkMessageFixtures.check { content in
            guard mkfifo(content.path + "/groups/pipe.md", 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } },
                    ja: "content/groups/pipe.md:1:1: warning: 「content/groups/pipe.md」は名前付きパイプで、普通のファイルではないため読みません [CS1052]\n    ヒント: 読むのは普通のファイルとフォルダーだけです。フォルダーの外に移してください",
                    en: "content/groups/pipe.md:1:1: warning: 'content/groups/pipe.md' is a named pipe, not a plain file; it is not read [CS1052]\n    hint: only plain files and folders are read; move it out of the folder"),
    ]
}

enum LinkMessageFixtures {
    /// The minimal valid site with `change` applied to its content folder
    /// (with `outside.md` beside the project), checked as `civicsite check` does.
    static func check(_ change: (URL) throws -> Void) throws -> [Diagnostic] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("civicsite-links-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let project = root.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try Data("---\nname: 外\n---\n".utf8).write(to: root.appendingPathComponent("outside.md"))
        let content = project.appendingPathComponent("content")
        try FileManager.default.copyItem(at: TestPaths.fixtures.appendingPathComponent("valid-minimal/content"), to: content)
        try change(content)
        let options = BuildOptions(contentDirectory: content, themesDirectory: TestPaths.projectRoot.appendingPathComponent("themes"),
                                   outputDirectory: project.appendingPathComponent("site"), now: FixtureBuild.now)
        do {
            return try SiteBuilder(options: options).check().warnings
        } catch {
            return error.items
        }
    }
}
