/// Opening the content folder and its files: CS1040–CS1049.
extension Message {
    public static let contentFolderMissing = Message("CS1040", .error,
        ja: "コンテンツのフォルダーがありません",
        en: "content folder not found",
        hint: Hint(ja: "サイトのフォルダーで実行するか、コンテンツのフォルダーを指定してください",
                   en: "run from the site's folder, or give the content folder's path"),
        explainJa: """
        記録を読むフォルダー（content）が見つかりません。ふだんはコマンドの CS0005 が先に知らせます。
        プログラムから civicsite のエンジンを使うときに、存在しないフォルダーを渡した場合に出ます。

        直し方: content と themes のあるフォルダーで実行するか、正しいフォルダーを渡します。
        """,
        explainEn: """
        The content folder does not exist. The command line reports CS0005 first; this one comes from
        the engine when a program hands it a folder that is not there.

        Fix: run where content/ and themes/ are, or pass the right folder.
        """)

    public static let siteSettingsMissing = Message("CS1041", .error,
        ja: "site.yml がありません",
        en: "missing site.yml",
        hint: Hint(ja: "title、city、base_url、centre を書いた site.yml を作ってください",
                   en: "create it with title, city, base_url and centre"),
        explainJa: """
        content/site.yml は、サイトの名前（title）、市の名前（city）、公開するアドレス（base_url）、
        センターの連絡先（centre）を書くファイルです。これがないとサイトを作れません。

        直し方: 見本の content/site.yml を写して、自分の市のものに書き換えます。
        """,
        explainEn: """
        content/site.yml holds the site's title, the city, the address it is published at (base_url)
        and the centre's contact details (centre); without it no site can be built.

        Fix: copy the sample's content/site.yml and change it for your city.
        """)

    /// `{reason}` from `Term.systemReason`.
    public static let fileUnreadable = Message("CS1042", .error,
        ja: "ファイルを読めません（{reason}）",
        en: "cannot read the file ({reason})",
        hint: Hint(ja: "ファイルの読み取り権限を確かめてください。ほかのプログラムが開いたままなら閉じてください",
                   en: "check that the file may be read; close any program that holds it"),
        explainJa: """
        記録のファイルを開けませんでした。読み取りの権限がない、ほかのプログラムが書き込み中、
        ディスクの問題などが考えられます。

        直し方: ファイルの権限を確かめ、開いているエディターや Excel を閉じてから、もう一度実行します。
        """,
        explainEn: """
        A record file could not be opened: no read permission, another program writing it, or a disk
        problem.

        Fix: check its permissions, close editors holding it, and run again.
        """)
}

extension Catalogue {
    static let loading: [Message] = [.contentFolderMissing, .siteSettingsMissing, .fileUnreadable]
}
