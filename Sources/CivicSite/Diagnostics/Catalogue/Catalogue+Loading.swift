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

    /// `{size}` the file's size and `{limit}` the limit (`InputLimits.contentFileBytes`),
    /// both in KB of 1,024 bytes, the size rounded up so that it is always above the limit.
    public static let fileTooLarge = Message("CS1043", .error,
        ja: "ファイルが大きすぎるため読みません（{size} KB。上限は {limit} KB）",
        en: "the file is too large to be read ({size} KB; the limit is {limit} KB)",
        hint: Hint(ja: "1つの記録は1ページの文章です。長い文章はいくつかの記録に分け、別のファイルを間違えて置いていないかも確かめてください",
                   en: "a record is one page of text: split a long text into several records, and check that no other file was saved here by mistake"),
        explainJa: """
        記録のファイル（.md）と site.yml は、1つ 1,024 KB（1 MB）までしか読みません。
        1 MB は日本語でおよそ 35 万字、本なら数百ページで、1ページに載せる文章には長すぎます。
        これより大きいファイルは、たいてい間違いです（表計算ソフトの書き出しや、別のファイルを .md の名前で保存したものなど）。
        大きすぎるファイルは中身を読まずに知らせるので、確認に時間がかかりません。

        例: content/pages/shiryo.md が 3,210 KB
        直し方: 文章をいくつかの記録（固定ページなど）に分けます。資料は PDF などにしてウェブサイトに置き、本文からリンクします。
        """,
        explainEn: """
        Record files (.md) and site.yml are read only up to 1,024 KB (1 MB) each. 1 MB is about 350,000
        Japanese characters, hundreds of pages of a book: far too long for one page of a site. A larger
        file is almost always a mistake, such as a spreadsheet export or another file saved under a .md
        name. Its size is checked before anything of it is read, so the check costs no time.

        Example: content/pages/shiryo.md is 3,210 KB
        Fix: split the text into several records (pages, for instance). Publish documents as PDF files
        on a web site and link to them from the body.
        """)
}

extension Hint {
    /// For `fileTooLarge` on `site.yml`, which holds settings, never long text.
    public static let settingsFileTooLarge = Hint(
        ja: "site.yml にはサイトの設定だけを書きます。別のファイルを site.yml の名前で保存していないか確かめてください",
        en: "site.yml holds only the site's settings: check that no other file was saved as site.yml")
}

extension Catalogue {
    static let loading: [Message] = [.contentFolderMissing, .siteSettingsMissing, .fileUnreadable, .fileTooLarge]
}
