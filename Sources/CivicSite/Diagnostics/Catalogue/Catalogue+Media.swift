/// Photos and attached files named by a record: the CS7001–CS7019 messages
/// (how `image:` and `attachments:` are written, and whether the file is there).
extension Message {
    /// `{file}`; hint `{file}` (`.imageAltLines` in front matter, `.bodyImageAlt` in a body).
    public static let imageWithoutAlt = Message("CS7001", .error,
        ja: "画像「{file}」に代替テキストがありません",
        en: "the image '{file}' has no alt text",
        hint: .imageAltLines,
        explainJa: """
        写真や絵には、見えない人（画面読み上げソフトを使う人）や画像が表示されない人に向けて、
        写っているものを伝える短い文（代替テキスト）が必要です（JIS X 8341-3 の達成基準 1.1.1）。
        代替テキストのない画像は公開しません。

        例: image: katsudo.jpg
        直し方: 2行に分けて、写っているものを書きます。
          image:
            file: katsudo.jpg
            alt: 公園の花壇に花を植える会員たち
        本文の画像は ![公園の花壇に花を植える会員たち](katsudo.jpg) のように［ ］の中に書きます。
        """,
        explainEn: """
        A photo or a drawing needs a short text saying what it shows, for people who cannot see it
        (screen-reader users) and for when it does not load (JIS X 8341-3, success criterion 1.1.1).
        An image without one is not published.

        Example: image: katsudo.jpg
        Fix: write it on two lines and say what the picture shows:
          image:
            file: katsudo.jpg
            alt: members planting flowers in the park
        In a body, put the text between the brackets: ![members planting flowers](katsudo.jpg).
        """)

    /// `{alt}`, `{file}`.
    public static let altIsFileName = Message("CS7002", .error,
        ja: "代替テキスト「{alt}」はファイル名で、画像「{file}」の内容を伝えません",
        en: "the alt text '{alt}' is a file name and does not describe the image '{file}'",
        hint: .describePicture,
        explainJa: """
        代替テキストにファイル名やカメラが付けた名前（IMG_1234 など）を書くと、読み上げソフトはそれをそのまま読みます。
        見えない人には何の写真かが伝わりません。

        例: alt: IMG_1234.jpg
        直し方: alt: 川原でごみを拾う参加者たち のように、写っているものを書きます。
        """,
        explainEn: """
        A file name or a camera's name for the picture (IMG_1234) as alt text is read out as it is;
        someone who cannot see the image learns nothing from it.

        Example: alt: IMG_1234.jpg
        Fix: say what the picture shows: alt: volunteers picking up litter by the river.
        """)

    /// `{alt}`, `{file}`.
    public static let altIsPlaceholder = Message("CS7003", .error,
        ja: "代替テキスト「{alt}」では、画像「{file}」に何が写っているかが伝わりません",
        en: "the alt text '{alt}' does not say what the image '{file}' shows",
        hint: .describePicture,
        explainJa: """
        「画像」「写真」「image」のような言葉だけの代替テキストは、画像があることしか伝えません。

        例: alt: 写真
        直し方: alt: 防災訓練で消火器の使い方を学ぶ親子 のように、写っているものを書きます。
        """,
        explainEn: """
        Alt text that is only a word such as 画像, 写真, image or photo says that there is a picture,
        not what is in it.

        Example: alt: 写真
        Fix: say what it shows: alt: parents and children learning to use an extinguisher.
        """)

    /// `{key}` (`attachments[0]`).
    public static let attachmentFileAndURL = Message("CS7004", .error,
        ja: "添付ファイル {key} に「file:」と「url:」の両方が書かれています",
        en: "the attachment {key} has both 'file:' and 'url:'",
        hint: Hint(ja: "記録のフォルダーにあるファイルなら「file:」、ほかのサイトにあるファイルなら「url:」の、どちらか1つにしてください",
                   en: "keep one: 'file:' for a file in the record's folder, 'url:' for a file on another site"),
        explainJa: """
        添付ファイルは、記録のフォルダーに置いたファイル（file:）か、ほかのサイトにあるファイルのアドレス（url:）のどちらかです。
        両方あると、どちらを載せるか決められません。

        例:
          - file: chirashi.pdf
            url: https://www.example.jp/chirashi.pdf
            title: チラシ
        直し方: どちらか1行を消します。
        """,
        explainEn: """
        An attachment is either a file in the record's folder (file:) or the address of a file on
        another site (url:); with both, which one to publish is unclear.

        Example:
          - file: chirashi.pdf
            url: https://www.example.jp/chirashi.pdf
            title: チラシ
        Fix: remove one of the two lines.
        """)

    /// `{value}`; hint `{lineKey}`.
    public static let fileSizeNotReadable = Message("CS7005", .error,
        ja: "「{value}」はファイルの大きさとして読めません",
        en: "'{value}' is not a file size",
        hint: Hint(ja: "「{lineKey}: 1.2MB」や「{lineKey}: 350KB」のように、数字と KB または MB で書いてください",
                   en: "write a number and KB or MB, e.g. '{lineKey}: 1.2MB' or '{lineKey}: 350KB'"),
        explainJa: """
        ファイルの大きさは、数字のあとに KB か MB を付けて書きます（1MB = 1024KB）。
        ほかのサイトにあるファイルの size: と、site.yml の max_file_size: がこの書き方です。

        例: size: 1.2メガ
        直し方: size: 1.2MB
        """,
        explainEn: """
        A file size is a number followed by KB or MB (1 MB = 1,024 KB): the size: of a file on another
        site and max_file_size: in site.yml are written this way.

        Example: size: 1.2 megabytes
        Fix: size: 1.2MB
        """)

    /// `{file}`, `{folder}`; hint `{folder}` or `{near}`.
    public static let fileNotFound = Message("CS7010", .error,
        ja: "「{file}」が記録のフォルダー {folder}/ にありません",
        en: "'{file}' is not in the record's folder {folder}/",
        hint: Hint(ja: "ファイルを {folder}/ に置くか、名前を確かめてください（大文字と小文字、名前の終わりも同じにします）",
                   en: "put the file in {folder}/, or check its name (capitals and the ending must match too)"),
        explainJa: """
        記録が名前を書いたファイルが、その記録のフォルダーにありません。ファイル名は、記録のフォルダーの中の名前をそのまま書きます。

        例: content/events/bosai-kunren/index.md に image: file: kunren.jpg とあるのに、フォルダーには kunren.JPG しかない
        直し方: 書いた名前とファイルの名前を同じにします（image: file: kunren.JPG）。
        """,
        explainEn: """
        A file the record names is not in the record's folder. Write the name of the file exactly
        as it is in the folder.

        Example: content/events/bosai-kunren/index.md says image: file: kunren.jpg, but the folder
        holds kunren.JPG
        Fix: write the same name (file: kunren.JPG).
        """)

    /// `{file}`; hint `{path}`, `{bundle}`.
    public static let recordHasNoFolder = Message("CS7011", .error,
        ja: "「{file}」を探すフォルダーがありません。ファイルを付ける記録は、自分のフォルダーに置きます",
        en: "no folder to find '{file}' in: a record with files lives in a folder of its own",
        hint: Hint(ja: "{path} を {bundle} に移し、同じフォルダーに「{file}」を置いてください",
                   en: "move {path} to {bundle} and put '{file}' beside it"),
        explainJa: """
        写真やチラシを付ける記録は、記録と同じ名前のフォルダーを作り、その中に記録を「index.md」という名前で置きます。
        ファイルはその同じフォルダーに置きます。

        例: content/events/bosai-kunren.md に image: file: kunren.jpg
        直し方: content/events/bosai-kunren/index.md に移し、content/events/bosai-kunren/kunren.jpg に写真を置きます。
        """,
        explainEn: """
        A record with photos or flyers lives in a folder named like the record, as index.md, and its
        files go in the same folder.

        Example: content/events/bosai-kunren.md names image: file: kunren.jpg
        Fix: move it to content/events/bosai-kunren/index.md and put the photo at
        content/events/bosai-kunren/kunren.jpg.
        """)

    /// `{file}`.
    public static let pathLeavesFolder = Message("CS7012", .error,
        ja: "「{file}」は記録のフォルダーの外を指しています",
        en: "'{file}' points outside the record's folder",
        hint: Hint(ja: "ファイルを記録のフォルダーに置き、名前だけを書いてください（「../」、「/」で始まる場所、「C:」などは使えません）",
                   en: "put the file in the record's folder and write its name only ('../', paths starting with '/' and drive letters are not allowed)"),
        explainJa: """
        記録が使えるのは、その記録のフォルダーの中のファイルだけです。ほかの場所のファイルは、公開してよいものか確かめられず、
        サイトを別のパソコンで作ると見つからなくなります。

        例: image: file: ../../写真/katsudo.jpg
        直し方: 写真を記録のフォルダーにコピーし、image: file: katsudo.jpg と書きます。
        """,
        explainEn: """
        A record may use only files in its own folder: a file elsewhere may not be meant for
        publishing, and is missing when the site is built on another computer.

        Example: image: file: ../../photos/katsudo.jpg
        Fix: copy the photo into the record's folder and write image: file: katsudo.jpg.
        """)

    /// `{file}`, `{type}` a format label; hint `{file}`.
    public static let notAnImageFile = Message("CS7013", .error,
        ja: "「{file}」は画像ではありません（{type}）。画像は JPEG、PNG、GIF、WebP、SVG のファイルです",
        en: "'{file}' is not a picture ({type}): images are JPEG, PNG, GIF, WebP or SVG files",
        hint: Hint(ja: "ファイルとして見せるなら「attachments:」に書くか、本文で [説明]({file}) のようにリンクしてください",
                   en: "to offer it as a file, list it under 'attachments:' or link it from the body: [title]({file})"),
        explainJa: """
        「image:」や本文の ![…](…) には、写真や絵のファイルを書きます。PDF や Word の文書はページに画像として出せません。

        例: image: file: chirashi.pdf
        直し方: attachments: に - file: chirashi.pdf と title: チラシ を書くと、ダウンロードのリンクになります。
        """,
        explainEn: """
        image: and ![…](…) in a body take photos and drawings; a PDF or Word document cannot be
        shown as a picture.

        Example: image: file: chirashi.pdf
        Fix: list it under attachments: (- file: chirashi.pdf with title: チラシ) to offer it as a download.
        """)

    /// `{file}`; hint `{endings}`.
    public static let typeNotPublished = Message("CS7014", .error,
        ja: "「{file}」は公開できない種類のファイルです",
        en: "'{file}' is a kind of file the site does not publish",
        hint: .publishedEndings,
        explainJa: """
        サイトに載せられるのは、写真や絵（JPEG、PNG、GIF、WebP、SVG）と、PDF、Word、Excel、PowerPoint などの文書です。
        iPhone の HEIC 写真や TIFF、BMP はブラウザーで見られないことが多く、プログラムや圧縮ファイルは安全を確かめられません。

        例: image: file: IMG_0001.HEIC
        直し方: 写真を JPEG に変えてから置きます（image: file: IMG_0001.jpg）。
        """,
        explainEn: """
        The site publishes pictures (JPEG, PNG, GIF, WebP, SVG) and documents (PDF, Word, Excel,
        PowerPoint …). HEIC photos from an iPhone, TIFF and BMP do not show in most browsers; programs
        and archives cannot be checked for harm.

        Example: image: file: IMG_0001.HEIC
        Fix: convert the photo to JPEG first (image: file: IMG_0001.jpg).
        """)
}

extension Hint {
    /// `{file}`.
    public static let imageAltLines = Hint(
        ja: "「image:」の下に「file: {file}」と「alt: 」の2行を書き、alt には写っているものを短い文で書いてください",
        en: "write 'file: {file}' and 'alt: ' on two lines under 'image:', with alt saying in a short sentence what the picture shows")
    public static let bodyImageAlt = Hint(
        ja: "「![」と「]」の間に、画像に写っているものを短い文で書いてください",
        en: "between '![' and ']', say in a short sentence what the picture shows")
    public static let describePicture = Hint(
        ja: "画像を見られない人に向けて、写っているものを短い文で書いてください",
        en: "write for someone who cannot see it: what the picture shows, in a short sentence")
    /// `{endings}`.
    public static let publishedEndings = Hint(
        ja: "公開できるのは、名前が {endings} で終わるファイルです",
        en: "the site publishes files ending in {endings}")
    public static let convertToJPEG = Hint(
        ja: "写真は JPEG に変えてから置いてください（iPhone なら「設定」→「カメラ」→「フォーマット」を「互換性優先」にすると JPEG で撮れます）",
        en: "convert the photo to JPEG first (on an iPhone, Settings → Camera → Formats → Most Compatible takes JPEG photos)")
}

extension Catalogue {
    static let media: [Message] = [
        .imageWithoutAlt, .altIsFileName, .altIsPlaceholder, .attachmentFileAndURL, .fileSizeNotReadable,
        .fileNotFound, .recordHasNoFolder, .pathLeavesFolder, .notAnImageFile, .typeNotPublished,
    ] + mediaFiles
}
