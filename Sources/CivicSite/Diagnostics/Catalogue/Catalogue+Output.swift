#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing the site: the CS5xxx messages.
extension Message {
    /// `{output}` as typed, `{folder}` a `Term` naming the protected folder.
    public static let outputIsProtected = Message("CS5001", .error,
        ja: "出力先「{output}」は{folder}そのものです",
        en: "the output folder '{output}' is the {folder}",
        hint: .outputElsewhere,
        explainJa: """
        ビルドは出力先のフォルダーを丸ごと新しいサイトに入れ替えます。出力先が content や themes、
        今いるフォルダーそのものだと、そこにあるファイルがすべて消えてしまうため、何も読まずに止めます。

        例: civicsite build --output content
        直し方: サイト専用のフォルダーを指定します（civicsite build --output site）。
        """,
        explainEn: """
        A build replaces its output folder as a whole. If the output were the content folder, a
        theme folder or the current folder, everything in it would be deleted, so the build stops
        before reading anything.

        Example: civicsite build --output content
        Fix: write the site to a folder of its own, e.g. --output site.
        """)

    public static let outputHoldsProtected = Message("CS5002", .error,
        ja: "出力先「{output}」の中に{folder}があります",
        en: "the output folder '{output}' holds the {folder}",
        hint: .outputElsewhere,
        explainJa: """
        出力先のフォルダーの中に、content、テーマ、または今いるフォルダーがあります。
        ビルドは出力先を丸ごと入れ替えるので、その中身が消えてしまいます。

        例: civicsite build --output .
        直し方: civicsite build --output site のように、専用のフォルダーを指定します。
        """,
        explainEn: """
        The output folder contains the content folder, a theme or the current folder; replacing
        it would delete them.

        Example: civicsite build --output .
        Fix: civicsite build --output site.
        """)

    public static let outputInsideProtected = Message("CS5003", .error,
        ja: "出力先「{output}」が{folder}の中にあります",
        en: "the output folder '{output}' is inside the {folder}",
        hint: .outputElsewhere,
        explainJa: """
        出力先が content やテーマのフォルダーの中にあります。ビルドした結果が記録やテンプレートとして
        読まれてしまい、次のビルドで content の中身が入れ替わるおそれがあります。

        例: civicsite build --output content/site
        直し方: content の外のフォルダーを指定します（--output site）。
        """,
        explainEn: """
        The output folder is inside the content folder or a theme folder: the built files would be
        read back as content, and a rebuild would replace part of the content.

        Example: civicsite build --output content/site
        Fix: write the site outside it, e.g. --output site.
        """)

    public static let outputIsFile = Message("CS5004", .error,
        ja: "出力先「{output}」はフォルダーではなくファイルです",
        en: "the output '{output}' is a file, not a folder",
        hint: Hint(ja: "サイトを書き出すフォルダーを指定してください。例: --output site", en: "name a folder for the site, e.g. --output site"),
        explainJa: """
        --output にはフォルダーを指定します。指定した名前のファイルがすでにあります。

        直し方: 別の名前のフォルダーを指定します（--output site）。
        """,
        explainEn: """
        --output names a folder; a file of that name exists.

        Fix: name another folder, e.g. --output site.
        """)

    public static let outputNotASite = Message("CS5005", .error,
        ja: "出力先「{output}」には、ビルドしたサイトではないファイルがあります（一番上に index.html と sitemap.xml がありません）",
        en: "the output folder '{output}' holds files that are not a built site (no index.html and sitemap.xml at its top)",
        hint: Hint(ja: "ビルドは出力先を丸ごと入れ替えます。新しいか空のフォルダーを指定するか、それでも入れ替えるなら --force を付けてください",
                   en: "a build replaces the whole folder: name a new or empty folder, or add --force to replace this one anyway"),
        explainJa: """
        出力先のフォルダーが空ではなく、前にビルドしたサイトにも見えません。入れ替えると、
        そこにある誰かのファイルが消えてしまいます。

        例: civicsite build --output ~/Documents
        直し方: 新しいフォルダーか空のフォルダーを指定します。中身を消してよいと確かめたときだけ --force を付けます。
        """,
        explainEn: """
        The output folder is not empty and does not look like a site a build wrote; replacing it
        would delete someone's files.

        Example: civicsite build --output ~/Documents
        Fix: name a new or empty folder; add --force only if its files may be deleted.
        """)

    /// `{path}` the file or folder, `{reason}` the system's reason (`Term.systemReason`).
    public static let writeFailed = Message("CS5006", .error,
        ja: "サイトを書き出せませんでした（{path}: {reason}）",
        en: "could not write the site ({path}: {reason})",
        hint: Hint(ja: "公開用のフォルダーは前のままです", en: "the previous site was left as it was"),
        explainJa: """
        ファイルを書き出している途中で、ディスクがいっぱい、書き込みの権限がない、などの理由で失敗しました。
        新しいサイトは作りかけのフォルダーに書いていたので、公開用のフォルダーは前のままです。

        直し方: 表示された理由（空き容量、権限）を直してから、もう一度ビルドします。
        """,
        explainEn: """
        Writing failed part way (a full disk, no permission …). The new site was being written to a
        folder of its own, so the previous site is unchanged.

        Fix: deal with the reason shown (space, permissions) and build again.
        """)
}

extension Hint {
    public static let outputElsewhere = Hint(
        ja: "ビルドは出力先を丸ごと入れ替えます。サイト専用のフォルダーを指定してください。例: --output site",
        en: "a build replaces its output folder as a whole; write the site to a folder of its own, e.g. --output site")
}

/// Why the system refused a file operation, for `{reason}`.
extension Term {
    /// The reason of any failure of a file operation.
    public static func reason(of error: Error) -> LocalizedText {
        if let failure = error as? FileIO.Failure { return systemReason(failure.code) }
        return LocalizedText(ja: "\(error)", en: "\(error)")
    }

    public static func systemReason(_ code: Int32) -> LocalizedText {
        switch code {
        case EEXIST: return LocalizedText(ja: "同じ名前のファイルがすでにあります", en: "a file of that name already exists")
        case ENOTDIR: return LocalizedText(ja: "途中の名前がフォルダーではなくファイルです", en: "part of the path is a file, not a folder")
        case ENOENT: return LocalizedText(ja: "ファイルまたはフォルダーがありません", en: "no such file or folder")
        case EACCES, EPERM: return LocalizedText(ja: "書き込む権限がありません", en: "permission denied")
        case ENOSPC, EDQUOT: return LocalizedText(ja: "ディスクの空きがありません", en: "the disk is full")
        case EROFS: return LocalizedText(ja: "読み取り専用のディスクです", en: "the disk is read-only")
        case ENAMETOOLONG: return LocalizedText(ja: "名前が長すぎます", en: "the name is too long")
        case EADDRNOTAVAIL: return LocalizedText(ja: "このアドレスはこの機械のものではありません", en: "that address is not one of this machine's")
        case ELOOP: return LocalizedText(ja: "シンボリックリンクが多すぎるか、循環しています", en: "too many or looping symbolic links")
        default:
            let text = String(cString: strerror(code))
            return LocalizedText(ja: "システムのエラー（\(text)）", en: text)
        }
    }
}

/// Names of the folders a build protects, for `{folder}`.
extension Term {
    /// `{path}`.
    public static let contentFolder = LocalizedText(ja: "コンテンツのフォルダー「{path}」", en: "content folder '{path}'")
    public static let themeFolder = LocalizedText(ja: "テーマのフォルダー「{path}」", en: "theme folder '{path}'")
    public static let themesFolder = LocalizedText(ja: "テーマを置くフォルダー「{path}」", en: "themes folder '{path}'")
    public static let currentFolder = LocalizedText(ja: "今いるフォルダー", en: "current folder")
}

extension Catalogue {
    static let output: [Message] = [
        .outputIsProtected, .outputHoldsProtected, .outputInsideProtected, .outputIsFile, .outputNotASite,
        .writeFailed, .outputLinkNotASite, .outputLinkDangling, .outputLinkLoop, .outputLockWaiting, .outputLocked,
        .leftoverRemoved, .halfSwapRepaired, .leftoverNotOurs, .previousSiteStranded, .oldSiteNotRemoved,
    ]
}
