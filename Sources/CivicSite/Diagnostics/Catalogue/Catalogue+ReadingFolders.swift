/// The content folder's files and folders: the CS1060–CS1099 messages.
extension Message {
    /// `{name}`, `{notRead}` a `Term.unknownFolderNotRead`.
    public static let unknownFolder = Message("CS1060", .warning,
        ja: "「{name}」は記録の種類のフォルダーではなく{notRead}",
        en: "unknown folder '{name}'{notRead}",
        hint: .recordFolders,
        explainJa: """
        content の中のフォルダーのうち、記録が読まれるのは fields、groups、events、grants、cases、pages だけです。
        名前が違うフォルダーの中の記録は、サイトに載りません。

        例: content/evnets/2026-12-bosai.md
        直し方: フォルダーの名前を正しく直します（content/events/）。記録でないファイル（写真など）の置き場なら、そのままで構いません。
        """,
        explainEn: """
        Records are read only from the folders fields, groups, events, grants, cases and pages
        inside content; records in a folder of another name are not published.

        Example: content/evnets/2026-12-bosai.md
        Fix: rename the folder (content/events/). A folder for other files (photos) may stay.
        """)

    /// `{folder}` (`groups/old`), `{notRead}` a `Term.subfolderNotRead`; hint `{path}`.
    public static let folderInsideKindFolder = Message("CS1061", .warning,
        ja: "フォルダー「{folder}」{notRead}",
        en: "folder '{folder}'{notRead}",
        hint: Hint(ja: "記録は {path}/ の中に直接置くか、写真などと一緒にフォルダーに入れるなら「index.md」という名前にします",
                   en: "records live directly in {path}/, or in a folder of their own as 'index.md' with their photos and files"),
        explainJa: """
        記録は種類のフォルダー（content/groups/ など）の中に直接置きます。写真やチラシを付ける記録は、
        記録ごとのフォルダーに「index.md」という名前で置きます（content/groups/sakura/index.md）。
        index.md のないフォルダーは読まれません。

        例: content/groups/old/sakura.md
        直し方: 公開する記録は content/groups/sakura.md に移します。公開しない古い記録は content の外に置きます。
        """,
        explainEn: """
        Records live directly in their kind's folder (content/groups/ …), or, with photos and
        files, in a folder of their own as index.md (content/groups/sakura/index.md); a folder
        without index.md is not read.

        Example: content/groups/old/sakura.md
        Fix: move records to publish up to content/groups/; keep old ones outside content.
        """)

    /// `{file}`; hint `{name}`.
    public static let markdownWithOtherEnding = Message("CS1062", .warning,
        ja: "「{file}」は読まれません。記録のファイル名は「.md」で終わります",
        en: "'{file}' is not read: content files end in '.md'",
        hint: .renameTo,
        explainJa: """
        Markdown のファイルですが、名前の終わりが .MD や .markdown になっています。記録として読まれるのは、
        小文字の「.md」で終わるファイルだけです。

        例: content/groups/Sakura.MD
        直し方: ファイル名を sakura.md に変えます。
        """,
        explainEn: """
        A Markdown file whose name ends in .MD, .markdown or the like; only names ending in a
        lowercase .md are read as records.

        Example: content/groups/Sakura.MD
        Fix: rename it sakura.md.
        """)

    /// `{file}`; hint `{folders}`.
    public static let recordOutsideKindFolder = Message("CS1063", .warning,
        ja: "「{file}」は読まれません。記録は種類ごとのフォルダーに置きます",
        en: "'{file}' is not read: records live in a folder of their kind",
        hint: Hint(ja: "{folders} のどれかに移してください", en: "move it into one of {folders}"),
        explainJa: """
        content のすぐ下に .md ファイルがあります。記録は、団体なら content/groups/ のように種類のフォルダーに置きます。
        README.md は説明用なので対象外です。

        例: content/sakura.md
        直し方: content/groups/sakura.md に移します。
        """,
        explainEn: """
        A .md file lies directly in content; records go in the folder of their kind, e.g.
        content/groups/ for a group. README.md is left alone.

        Example: content/sakura.md
        Fix: move it to content/groups/sakura.md.
        """)

    /// `{file}`; the hint names what to rename it to (`{name}`, `{folder}`).
    public static let notARecordFile = Message("CS1064", .warning,
        ja: "「{file}」は読まれません。記録は「.md」で終わるファイルです",
        en: "'{file}' is not read: records are files ending in '.md'",
        hint: .renameIfRecord,
        explainJa: """
        記録のフォルダーに、名前が「.md」で終わらないファイルがあります。記録のつもりなら、このままではサイトに載らず、
        一覧の件数が黙って減ってしまいます。よくある原因:
        - メモ帳で保存して「さくら.md.txt」になった（Windows では最後の .txt が隠れて見えないことがあります）
        - 名前の最後に空白が入った「さくら.md 」、全角で書いた「さくら.ｍｄ」
        - 「.md」を付け忘れた、または「.txt」で保存した
        パソコンが作る一時ファイル（~$ で始まるもの、Thumbs.db、.DS_Store、~ で終わるもの）は何も言わずに無視します。

        例: content/grants/hojokin.md.txt
        直し方: ファイル名を hojokin.md に変えます。メモなら content の外に置きます。
        """,
        explainEn: """
        A file in a record folder does not end in .md. If it is a record it is not published and
        the count in the lists drops without a word. Common causes: Notepad saved it as x.md.txt
        (Windows may hide the .txt), a space at the end (x.md ), a full-width ending (x.ｍｄ), or no
        ending at all. Files the computer leaves behind (~$…, Thumbs.db, .DS_Store, …~) are ignored.

        Example: content/grants/hojokin.md.txt
        Fix: rename it hojokin.md; keep notes outside content.
        """)

    /// `{file}`, `{document}` a `Term.officeDocument`; hint `{name}`.
    public static let officeDocumentInKindFolder = Message("CS1065", .warning,
        ja: "「{file}」は読まれません。{document}はそのままでは公開できません",
        en: "'{file}' is not read: {document} cannot be published as it is",
        hint: Hint(ja: "中の文章を、「.md」で終わる記録のファイル（例:「{name}」）に写してください",
                   en: "copy its text into a record file ending in '.md', e.g. '{name}'"),
        explainJa: """
        Word や Excel のファイルは、記録としてもそのままでも公開されません。

        例: content/events/bosai-kunren.docx
        直し方: 必要な文章を content/events/bosai-kunren.md に「キー: 値」の項目と本文として写し、元のファイルは content の外に置きます。
        """,
        explainEn: """
        Word, Excel and other office files are neither read as records nor published.

        Example: content/events/bosai-kunren.docx
        Fix: copy the text into content/events/bosai-kunren.md (details between --- lines, then the
        body) and keep the original outside content.
        """)

    /// `{file}`; hint `{folder}` (`content/events/`).
    public static let attachmentNotPublished = Message("CS1066", .warning,
        ja: "「{file}」はサイトに載りません。写真やPDFは、記録ごとのフォルダーに置きます",
        en: "'{file}' is not published: photos and PDF files go in the folder of their record",
        hint: Hint(ja: "記録を {folder}<名前>/index.md に移し、同じフォルダーにこのファイルを置いてください",
                   en: "move the record to {folder}<name>/index.md and put this file beside it"),
        explainJa: """
        種類のフォルダー（content/events/ など）にじかに置いた写真やPDFは、どの記録のものか分からないので載りません。
        写真やチラシを付ける記録は、記録と同じ名前のフォルダーを作り、記録を index.md という名前でその中に置きます。
        ファイルは同じフォルダーに置き、記録の image: や attachments: や本文から名前で使います。

        例: content/events/bosai-chirashi.pdf と content/events/bosai-kunren.md
        直し方: content/events/bosai-kunren/index.md と content/events/bosai-kunren/bosai-chirashi.pdf にし、
        index.md に attachments: - file: bosai-chirashi.pdf と title: チラシ を書きます。
        """,
        explainEn: """
        A photo or PDF put directly in a kind folder (content/events/ …) belongs to no record and is
        not published. A record with photos or flyers lives in a folder named like the record, as
        index.md; its files go in the same folder and are named by image:, attachments: or the body.

        Example: content/events/bosai-chirashi.pdf beside content/events/bosai-kunren.md
        Fix: make them content/events/bosai-kunren/index.md and
        content/events/bosai-kunren/bosai-chirashi.pdf, and list the file in index.md under
        attachments: (- file: bosai-chirashi.pdf with title: チラシ).
        """)
}

extension Hint {
    /// `{kinds}`.
    public static let recordFolders = Hint(ja: "記録を置くフォルダーは {kinds} です", en: "records live in {kinds}")
    /// `{name}`.
    public static let renameTo = Hint(ja: "ファイル名を「{name}」に変えてください", en: "rename it to '{name}'")
    /// `{name}`, `{folder}`.
    public static let renameIfRecord = Hint(ja: "記録ならファイル名を「{name}」に変えてください。メモなら {folder} の外に置いてください",
                                            en: "if it is a record, rename it to '{name}'; keep other files outside {folder}")
    /// `{name}`.
    public static let hiddenTextEnding = Hint(
        ja: "ファイル名を「{name}」に変えてください。Windows では最後の「.txt」が隠れていることがあります（エクスプローラーの「表示」で「ファイル名拡張子」をオンにすると見えます）",
        en: "rename it to '{name}'; Windows may hide the '.txt' at the end (turn on View → File name extensions in Explorer)")
    /// `{name}`.
    public static let trailingSpaceInName = Hint(ja: "名前の最後の空白や「.」を消して「{name}」にしてください",
                                                 en: "remove the space or dot at the end of the name: '{name}'")
    /// `{folder}`.
    public static let onlyRecordsHere = Hint(ja: "{folder} には記録（.md のファイル）だけを置きます。ほかのファイルは content の外に置いてください",
                                             en: "only records (.md files) belong in {folder}; keep other files outside content/")
    /// `{name}`.
    public static let fullWidthEnding = Hint(ja: "終わりの「.md」を半角で書いて「{name}」にしてください",
                                             en: "write the ending in half-width letters: '{name}'")
}

extension Term {
    /// After an unknown folder's name.
    public static func unknownFolderNotRead(markdownFiles count: Int) -> MessageArgument {
        count == 0
            ? .term(LocalizedText(ja: "、中身は読まれません", en: " is not read"))
            : .phrase(LocalizedText(ja: "、中の .md ファイル {count}件は読まれません",
                                    en: count == 1 ? ": its {count} .md file is not read" : ": its {count} .md files are not read"),
                      ["count": .number(count)])
    }

    /// After the name of a folder inside a kind folder.
    public static func subfolderNotRead(markdownFiles count: Int) -> MessageArgument {
        count == 0
            ? .term(LocalizedText(ja: "は読まれません", en: " is not read"))
            : .phrase(LocalizedText(ja: "の中の .md ファイル {count}件は読まれません",
                                    en: count == 1 ? ": its {count} .md file is not read" : ": its {count} .md files are not read"),
                      ["count": .number(count)])
    }

    /// Office files, for `{document}`.
    public static let wordDocument = LocalizedText(ja: "Word の文書", en: "a Word document")
    public static let spreadsheet = LocalizedText(ja: "Excel などの表計算のファイル", en: "a spreadsheet")
    public static let presentation = LocalizedText(ja: "PowerPoint などのスライドのファイル", en: "a presentation")
    public static let officeDocument = LocalizedText(ja: "ワープロのファイル", en: "a word-processor file")
}

extension Catalogue {
    static let readingFolders: [Message] = [
        .unknownFolder, .folderInsideKindFolder, .markdownWithOtherEnding, .recordOutsideKindFolder, .notARecordFile,
        .officeDocumentInKindFolder, .attachmentNotPublished,
    ]
}
