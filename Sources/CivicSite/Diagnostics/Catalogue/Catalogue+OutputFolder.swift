/// Writing the site, continued: links in the output path, the output lock,
/// what killed builds leave behind, and where the previous site is after a
/// failure (CS5010–CS5019).
extension Message {
    /// `{output}` as typed, `{target}` the link's text.
    public static let outputLinkNotASite = Message("CS5010", .error,
        ja: "出力先「{output}」は「{target}」へのシンボリックリンクで、リンク先は civicsite が書き出したサイトではありません",
        en: "the output folder '{output}' is a symbolic link to '{target}', a folder that holds no site civicsite wrote",
        hint: Hint(ja: "ビルドはリンクをフォルダーに置き換えず、リンク先はビルドが書き出したサイトのときだけ入れ替えます。サイト専用のフォルダーに書き出し（--output site）、リンクをそのフォルダーに向けてください",
                   en: "a build never turns a link into a folder and replaces the folder it points to only when a build wrote it: write the site to a folder of its own (--output site) and point the link at that folder"),
        explainJa: """
        出力先がシンボリックリンク（別の場所にあるフォルダーを指す「ショートカット」）になっています。
        ビルドはリンクそのものは残し、リンク先のフォルダーを丸ごと新しいサイトに入れ替えます。
        リンク先に、前のビルドが書き出したしるし（.civicsite ファイル）がないため、
        そこにある誰かのファイル（.htaccess など）を消さないよう、何もせずに止めました。

        例: public が /var/www/html を指していて、そこに手で置いたファイルがある
        直し方: サイト専用のフォルダーに書き出し（civicsite build --output site）、
        公開用のリンクをそのフォルダーに向けます（ln -sfn "$PWD/site" /var/www/html）。
        """,
        explainEn: """
        The output folder is a symbolic link. A build keeps the link and replaces the folder it
        points to as a whole, but only when that folder is empty or a site a build wrote (it holds
        the .civicsite marker). This one does not, so files put there by hand (an .htaccess, other
        pages) would be deleted: the build stops and changes nothing. --force does not reach
        through a link.

        Example: public → /var/www/html, which holds files of the web server's.
        Fix: write the site to a folder of its own (civicsite build --output site) and point the
        web server's link at it (ln -sfn "$PWD/site" /var/www/html).
        """)

    /// `{link}` the link (shown relative to the current folder), `{target}` its text.
    public static let outputLinkDangling = Message("CS5011", .error,
        ja: "出力先「{output}」に書き出せません。「{link}」は「{target}」へのシンボリックリンクですが、リンク先がありません",
        en: "cannot write the site to '{output}': '{link}' is a symbolic link to '{target}', which does not exist",
        hint: Hint(ja: "リンク先のフォルダーを作るか、リンクを削除してください", en: "create the folder the link points to, or remove the link"),
        explainJa: """
        出力先までの途中に、なくなった場所を指すシンボリックリンクがあります。
        ビルドはリンク先を勝手に作らず、何もせずに止めます。

        例: public が /var/www/html を指しているのに、そのフォルダーがない
        直し方: リンク先のフォルダーを作るか、リンクを削除して、もう一度ビルドします。
        """,
        explainEn: """
        A symbolic link on the way to the output folder points to something that does not exist.
        A build does not create folders wherever a broken link points; it stops and changes nothing.

        Example: public → /var/www/html, and that folder is gone.
        Fix: create the folder the link points to, or remove the link, then build again.
        """)

    public static let outputLinkLoop = Message("CS5012", .error,
        ja: "出力先「{output}」に書き出せません。「{link}」からのシンボリックリンクが堂々巡りになっています",
        en: "cannot write the site to '{output}': the symbolic links from '{link}' lead round in a circle",
        hint: Hint(ja: "リンクを直すか、削除してください", en: "fix the links or remove them"),
        explainJa: """
        出力先までの途中のシンボリックリンクが、互いを指し合っていて、どこにもたどり着きません。

        例: a が b を指し、b が a を指している
        直し方: リンクを直すか削除して、もう一度ビルドします。
        """,
        explainEn: """
        The symbolic links on the way to the output folder point at each other and never reach a
        folder.

        Example: a → b and b → a.
        Fix: correct or remove the links, then build again.
        """)

    /// `{seconds}` how long the build waits at most.
    public static let outputLockWaiting = Message("CS5013", .warning,
        ja: "別のビルドが「{output}」を書き出しています。終わるまで待ちます（最長 {seconds} 秒）",
        en: "another build is writing '{output}'; waiting for it to finish (at most {seconds} s)",
        explainJa: """
        同じ出力先に、別のビルドが書き出している最中です。2 つのビルドが同時に入れ替えると
        サイトが壊れるおそれがあるため、先のビルドが終わるまで待ってから続けます。

        直し方: 何もしなくてかまいません。待ちたくないときは、先のビルドを止めるか、
        CIVICSITE_LOCK_TIMEOUT（待つ秒数、0 なら待たない）を指定します。
        """,
        explainEn: """
        Another build is writing the same output folder. Two builds swapping it at once could
        leave a broken site, so this one waits until the other has finished, then goes on.

        Fix: nothing to do. To wait less, stop the other build, or set CIVICSITE_LOCK_TIMEOUT
        (seconds to wait; 0 does not wait).
        """)

    public static let outputLocked = Message("CS5014", .error,
        ja: "{seconds} 秒待っても、別のビルドがまだ「{output}」を書き出しています",
        en: "another build was still writing '{output}' after {seconds} s",
        hint: Hint(ja: "このビルドは何も変えていません。もう一方のビルドが終わってから、もう一度ビルドしてください（待つ秒数は CIVICSITE_LOCK_TIMEOUT で変えられます）",
                   en: "this build changed nothing; build again once the other one has finished (CIVICSITE_LOCK_TIMEOUT sets how long to wait)"),
        explainJa: """
        同じ出力先に書き出している別のビルドが、待つ時間の間に終わりませんでした。
        このビルドは出力先に何も書かずに止めました。サイトは、もう一方のビルドが残したとおりです。

        直し方: もう一方のビルドが終わるのを待ってから、もう一度ビルドします。
        止まったままなら、そのビルドを終了させます。
        """,
        explainEn: """
        Another build writing the same output folder did not finish in time. This build wrote
        nothing there; the site is as the other build leaves it.

        Fix: wait for the other build to finish and build again; stop it if it hangs.
        """)

    /// `{path}` the leftover folder.
    public static let leftoverRemoved = Message("CS5015", .warning,
        ja: "途中で止まったビルドが残した「{path}」を削除しました",
        en: "removed '{path}', left behind by a build that was stopped",
        explainJa: """
        前に途中で止められた（または落ちた）ビルドの作りかけのフォルダーが、出力先の隣に残っていました。
        civicsite が書いたしるし（.civicsite ファイル）を確かめてから削除しました。サイトには影響ありません。

        直し方: 何もしなくてかまいません。
        """,
        explainEn: """
        A build that was stopped (or crashed) left its temporary folder beside the output folder.
        It carried civicsite's marker (.civicsite), so it was deleted. The site is not affected.

        Fix: nothing to do.
        """)

    public static let halfSwapRepaired = Message("CS5016", .warning,
        ja: "入れ替えの途中で止まったビルドがあったため、前のサイトを「{path}」から「{output}」に戻しました",
        en: "put the previous site back into '{output}' from '{path}': a build was stopped while swapping it",
        explainJa: """
        前のビルドが、古いサイトをよけてから新しいサイトを置くまでの間に止められたため、
        出力先のフォルダーがありませんでした。よけてあった前のサイトを元の場所に戻しました。

        直し方: 何もしなくてかまいません。このビルドが成功すれば新しいサイトに入れ替わります。
        """,
        explainEn: """
        A previous build was stopped between moving the old site aside and putting the new one in
        place, so the output folder was missing. The old site was moved back.

        Fix: nothing to do; when this build succeeds, the new site replaces it.
        """)

    /// `{marker}` the marker file's name.
    public static let leftoverNotOurs = Message("CS5017", .warning,
        ja: "「{path}」はビルドの一時フォルダーと同じ形の名前ですが、「{marker}」ファイルがないため、消さずに残しました",
        en: "left '{path}' alone: it is named like a build's temporary folder but has no '{marker}' file, so it may not be ours",
        hint: Hint(ja: "中身を確かめ、不要なら手で削除してください", en: "look inside and delete it yourself if nothing in it is needed"),
        explainJa: """
        出力先の隣に、ビルドの一時フォルダーと同じ形の名前（.site.new-… や .site.old-…）のものがありますが、
        civicsite が書いたしるしがありません。古い版の civicsite が残したものか、誰かのファイルかもしれないため、
        消さずに残しました。

        直し方: 中身を確かめ、不要なら手で削除します。
        """,
        explainEn: """
        Beside the output folder is something named like a build's temporary folder (.site.new-…,
        .site.old-…) without civicsite's marker. An older civicsite may have left it, or it may be
        someone's, so it was not deleted.

        Fix: look inside and delete it yourself if it is not needed.
        """)

    /// `{kept}` where the previous site is now.
    public static let previousSiteStranded = Message("CS5018", .error,
        ja: "新しいサイトを置けませんでした（{path}: {reason}）。前のサイトは今「{kept}」にあります",
        en: "could not put the new site in place ({path}: {reason}); the previous site is now in '{kept}'",
        hint: Hint(ja: "理由を直してからもう一度ビルドすると、まず前のサイトを「{output}」に戻します。手で名前を戻してもかまいません",
                   en: "once the reason is fixed, the next build first puts it back in '{output}'; or rename it back yourself"),
        explainJa: """
        古いサイトをよけたあと、新しいサイトを置くことも、古いサイトを戻すこともできませんでした
        （ディスクの故障、権限の変更など）。前のサイトは消えておらず、表示された場所にあります。

        直し方: 表示された理由を直してから、もう一度ビルドします。次のビルドは、まず前のサイトを
        元の場所に戻してから続けます。
        """,
        explainEn: """
        After the old site was moved aside, neither could the new site be put in place nor the old
        one moved back (a failing disk, changed permissions …). The previous site is not lost: it
        is where the message says.

        Fix: deal with the reason shown and build again; the next build first moves the previous
        site back, then goes on.
        """)

    /// `{failed}` the first entry that could not be deleted.
    public static let oldSiteNotRemoved = Message("CS5019", .warning,
        ja: "「{path}」をすべては削除できませんでした（{failed}: {reason}）",
        en: "could not delete all of '{path}' ({failed}: {reason})",
        hint: Hint(ja: "サイトそのものは完全です。次のビルドでもう一度削除を試みます。手で削除してもかまいません",
                   en: "the site itself is complete; the next build tries again, or delete the folder yourself"),
        explainJa: """
        新しいサイトに入れ替えたあと、古いサイト（または前に止まったビルドの残り）を
        削除しきれませんでした（権限がない、など）。公開用のフォルダーは新しいサイトで完全です。

        直し方: 表示された理由を直します。次のビルドでもう一度削除します。
        """,
        explainEn: """
        After the swap, the old site (or what a stopped build left) could not be deleted entirely
        (no permission …). The site in the output folder is complete.

        Fix: deal with the reason shown; the next build tries again.
        """)
}

extension Hint {
    /// For a failed first build: there is no previous site to keep.
    public static let noPreviousSite = Hint(ja: "前のサイトはなく、何も残していません", en: "there was no previous site, and nothing was left behind")
}
