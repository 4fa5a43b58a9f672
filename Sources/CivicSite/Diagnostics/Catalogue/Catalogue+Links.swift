/// Reading files, continued: symbolic links and special files in the
/// content and theme folders (CS1050–CS1059).
extension Message {
    /// `{path}` the link as shown, `{target}` its text, `{folder}` `Term.contentFolder` or `Term.themeFolder`.
    public static let linkOutside = Message("CS1050", .error,
        ja: "「{path}」は{folder}の外にある「{target}」へのシンボリックリンクです",
        en: "'{path}' is a symbolic link to '{target}', outside the {folder}",
        hint: Hint(ja: "リンクはそのフォルダーの中を指すものだけ読みます。リンクではなく、ファイルそのものをコピーして置いてください",
                   en: "links are followed only within that folder: copy the file in instead of linking to it"),
        explainJa: """
        コンテンツやテーマのフォルダーの中に、フォルダーの外を指すシンボリックリンク（別の場所の
        ファイルを指す「ショートカット」）があります。そのまま読むと、関係のないファイル
        （パスワードの一覧など）がサイトに公開されてしまうおそれがあるため、読まずに止めます。
        フォルダーの中を指すリンクはかまいません。

        例: content/groups/sakura.md が /home/staff/下書き/sakura.md を指している
        直し方: リンクを削除し、ファイルそのものをフォルダーにコピーします。
        """,
        explainEn: """
        A symbolic link in the content or theme folder points outside that folder. Following it
        could publish a file that has nothing to do with the site (a link to /etc/passwd once
        appeared as /assets/passwd.txt), so it is not read and the build stops. Links that stay
        within the folder are fine.

        Example: content/groups/sakura.md → /home/staff/drafts/sakura.md
        Fix: remove the link and copy the file itself into the folder.
        """)

    /// `{problem}` `Term.linkTargetMissing` or `Term.linkLoops`.
    public static let linkBroken = Message("CS1051", .error,
        ja: "「{path}」は「{target}」へのシンボリックリンクですが、{problem}",
        en: "'{path}' is a symbolic link to '{target}', {problem}",
        hint: Hint(ja: "リンクを直すか、削除してください", en: "fix the link or remove it"),
        explainJa: """
        シンボリックリンクのリンク先がないか、リンクどうしが互いを指していて、ファイルを読めません。

        例: content/pages/about.md が、消したファイルを指している
        直し方: リンク先を直すか、リンクを削除してファイルそのものを置きます。
        """,
        explainEn: """
        A symbolic link points to something that does not exist, or links point at each other, so
        the file cannot be read.

        Example: content/pages/about.md → a file that was deleted.
        Fix: correct the link, or replace it with the file itself.
        """)

    /// `{kind}` `Term.namedPipe`, `Term.deviceFile` or `Term.socketFile`.
    public static let specialFile = Message("CS1052", .warning,
        ja: "「{path}」は{kind}で、普通のファイルではないため読みません",
        en: "'{path}' is {kind}, not a plain file; it is not read",
        hint: Hint(ja: "読むのは普通のファイルとフォルダーだけです。フォルダーの外に移してください",
                   en: "only plain files and folders are read; move it out of the folder"),
        explainJa: """
        コンテンツやテーマのフォルダーに、名前付きパイプやデバイスファイルのような特別なファイルがあります。
        読もうとするとビルドが止まったままになるおそれがあるため、読まずに飛ばしました。

        直し方: そのファイルをフォルダーの外に移します。
        """,
        explainEn: """
        The content or theme folder holds a special file (a named pipe, a device, a socket).
        Reading one can block the build forever, so it was skipped.

        Fix: move it out of the folder.
        """)
}

/// Words of the link messages.
extension Term {
    public static let linkTargetMissing = LocalizedText(ja: "リンク先がありません", en: "which does not exist")
    public static let linkLoops = LocalizedText(ja: "リンクが堂々巡りになっています", en: "and the links lead round in a circle")
    public static let namedPipe = LocalizedText(ja: "名前付きパイプ", en: "a named pipe")
    public static let deviceFile = LocalizedText(ja: "デバイスファイル", en: "a device file")
    public static let socketFile = LocalizedText(ja: "ソケット", en: "a socket")
}

extension Catalogue {
    static let links: [Message] = [.linkOutside, .linkBroken, .specialFile]
}
