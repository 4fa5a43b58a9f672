/// The files beside records themselves: the CS7020–CS7039 messages (size,
/// damage, unsafe SVG, files nothing uses).
extension Message {
    /// `{file}`, `{size}`, `{limit}`.
    public static let mediaFileTooLarge = Message("CS7020", .error,
        ja: "「{file}」は {size} あり、1つのファイルの上限 {limit} を超えています",
        en: "'{file}' is {size}, over the limit of {limit} for one file",
        hint: Hint(ja: "ファイルを小さくしてください（PDF は「縮小」して保存し直す、写真は小さく書き出す）。上限を変えるなら site.yml に「max_file_size: 20MB」のように書きます",
                   en: "make it smaller (save the PDF again reduced, export the photo smaller); to raise the limit, write e.g. 'max_file_size: 20MB' in site.yml"),
        explainJa: """
        大きなファイルは、携帯電話で開く人に時間と通信量の負担をかけ、サイトの置き場所もふさぎます。
        1つのファイルの上限は site.yml の max_file_size: で決まります（書かなければ 10MB）。

        例: 30MB の PDF のチラシ
        直し方: PDF を作ったソフトで画質を下げて（「最小サイズ」などで）保存し直します。
        """,
        explainEn: """
        Large files cost visitors on phones time and data, and fill the site's storage. The limit for
        one file is max_file_size: in site.yml (10 MB when not written).

        Example: a 30 MB PDF flyer
        Fix: save the PDF again from the program that made it, at a lower quality (smallest size).
        """)

    /// `{file}`, `{size}`.
    public static let imageHeavy = Message("CS7021", .warning,
        ja: "画像「{file}」は {size} あり、表示に時間がかかります（画像の目安は 2MB まで）",
        en: "the image '{file}' is {size} and loads slowly (keep images under 2 MB)",
        hint: .makeImageSmaller,
        explainJa: """
        ページの画像は、携帯電話でもすぐ出るように 2MB までにします。カメラやスマートフォンの写真は、そのままでは 3〜10MB あります。

        例: 6.5MB の写真
        直し方: 幅 1,600 ピクセルほどに縮めて、JPEG の画質 80% くらいで保存し直します。
        """,
        explainEn: """
        Pictures on a page should stay under 2 MB so that they show quickly on phones; photos from a
        camera or a phone are 3–10 MB as they are.

        Example: a 6.5 MB photo
        Fix: resize it to about 1,600 pixels wide and save it as JPEG at about 80% quality.
        """)

    /// `{file}`, `{width}`.
    public static let imageTooWide = Message("CS7022", .warning,
        ja: "画像「{file}」は幅 {width} ピクセルあり、ページで見せるには大きすぎます（目安は 2,400 ピクセルまで）",
        en: "the image '{file}' is {width} pixels wide, more than a page shows (keep it to 2,400 pixels)",
        hint: .makeImageSmaller,
        explainJa: """
        ページの画像が幅 2,400 ピクセルより大きくても、画面ではきれいになりません。ファイルが重くなるだけです。

        例: 幅 4,032 ピクセルのスマートフォンの写真
        直し方: 幅 1,600 ピクセルほどに縮めて保存し直します。
        """,
        explainEn: """
        A picture wider than 2,400 pixels looks no better on any screen; it only makes the file heavier.

        Example: a phone photo 4,032 pixels wide
        Fix: resize it to about 1,600 pixels wide.
        """)

    /// `{file}`, `{reason}` a `Term.imageProblem`; hint `{name}` with `.renameTo`.
    public static let imageUnreadable = Message("CS7023", .error,
        ja: "「{file}」は画像として読めません: {reason}",
        en: "'{file}' cannot be read as an image: {reason}",
        hint: Hint(ja: "元の写真や絵から、もう一度書き出すかコピーし直してください",
                   en: "export it again from the original, or copy it again"),
        explainJa: """
        画像のファイルが途中で切れている（コピーやダウンロードが途中で止まった）か、壊れています。
        このままではページに何も出ないか、崩れた画像が出ます。名前の終わりと中身が違う画像（中身は PNG なのに .jpg）も、
        名前を直すまで公開しません。

        例: 送信の途中で切れた katsudo.jpg
        直し方: 元の写真からもう一度コピーします。
        """,
        explainEn: """
        The picture file stops part-way (a copy or download broke off) or is damaged; the page would
        show nothing or a broken picture. A picture whose name ends otherwise than its content (a PNG
        named .jpg) is not published either until it is renamed.

        Example: katsudo.jpg cut short while it was being sent
        Fix: copy it again from the original.
        """)

    /// `{file}`, `{what}` a `Term.svgFinding`.
    public static let svgUnsafe = Message("CS7024", .error,
        ja: "SVG「{file}」に、サイトで動いてしまうもの（{what}）が入っています",
        en: "the SVG '{file}' holds something that could run on the site: {what}",
        hint: Hint(ja: "図を描いたソフトで「プレーン SVG」として書き出し直すか、PNG で書き出してください",
                   en: "export the drawing again as plain SVG, or as PNG"),
        explainJa: """
        SVG は絵ですが、スクリプト、onload などのイベント属性、foreignObject（中に HTML を入れる部分）、
        ほかのファイルやサイトへの参照を入れられます。訪れた人がそのファイルを開くと、サイトの一部として動いてしまうので、
        これらを含む SVG は公開しません。

        例: <svg onload="…"> や <script> を含むロゴ
        直し方: 描いたソフトで、スクリプトなどを含めない「プレーン SVG」か PNG で書き出し直します。
        """,
        explainEn: """
        An SVG is a picture, but it can hold scripts, event attributes such as onload, foreignObject
        (HTML inside the picture) and references to other files or sites. A visitor who opens the
        file would run them as part of the site, so such an SVG is not published.

        Example: a logo with <svg onload="…"> or a <script>
        Fix: export it again as plain SVG without scripts, or as PNG.
        """)

    /// `{file}`.
    public static let svgWithoutSize = Message("CS7025", .error,
        ja: "SVG「{file}」に大きさ（width と height、または viewBox）がありません",
        en: "the SVG '{file}' has no size (width and height, or viewBox)",
        hint: Hint(ja: "最初の <svg> に viewBox=\"0 0 幅 高さ\" を書くか、PNG で書き出してください",
                   en: "give the first <svg> a viewBox=\"0 0 width height\", or export it as PNG"),
        explainJa: """
        ページは画像の縦横の大きさを先に知っておき、読み込みの途中で文章がずれないようにします。大きさのない SVG では、それができません。

        例: <svg xmlns="http://www.w3.org/2000/svg">
        直し方: <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">
        """,
        explainEn: """
        Pages know the size of each picture beforehand, so that text does not jump while it loads; an
        SVG without a size does not allow that.

        Example: <svg xmlns="http://www.w3.org/2000/svg">
        Fix: <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300">
        """)

    /// `{file}`.
    public static let unreferencedFile = Message("CS7030", .warning,
        ja: "「{file}」はどこからも使われていないので、サイトに載りません",
        en: "'{file}' is not published: nothing refers to it",
        hint: Hint(ja: "載せるなら「image:」か「attachments:」に書くか、本文からリンクしてください。使わないなら content の外に移してください",
                   en: "to publish it, name it under 'image:' or 'attachments:' or link it from the body; otherwise move it out of content"),
        explainJa: """
        記録のフォルダーに置いただけのファイルは載りません。載せたつもりで見えないことのないよう、知らせます。

        例: content/events/bosai-kunren/chirashi.pdf があるのに、index.md のどこにも chirashi.pdf がない
        直し方: index.md に attachments: - file: chirashi.pdf と title: チラシ を書きます。
        """,
        explainEn: """
        A file only put in a record's folder is not published; this says so, so that it is not
        thought to be on the site.

        Example: content/events/bosai-kunren/chirashi.pdf, but index.md never names chirashi.pdf
        Fix: list it in index.md: attachments: - file: chirashi.pdf with title: チラシ.
        """)

    /// `{folder}`; hint `{path}`.
    public static let folderInRecordFolder = Message("CS7031", .warning,
        ja: "記録のフォルダーの中のフォルダー「{folder}」は読まれません",
        en: "the folder '{folder}' inside a record's folder is not read",
        hint: Hint(ja: "ファイルは {path}/ の中に直接置いてください", en: "put files directly in {path}/"),
        explainJa: """
        記録のフォルダー（index.md のあるフォルダー）のファイルは、そのフォルダーに直接置きます。中にさらに作ったフォルダーは読みません。

        例: content/events/bosai-kunren/写真/kunren.jpg
        直し方: content/events/bosai-kunren/kunren.jpg に移します。
        """,
        explainEn: """
        The files of a record's folder (the one with index.md) go directly in it; a folder inside it
        is not read.

        Example: content/events/bosai-kunren/photos/kunren.jpg
        Fix: move it to content/events/bosai-kunren/kunren.jpg.
        """)
}

extension Hint {
    public static let makeImageSmaller = Hint(
        ja: "幅 1,600 ピクセルほどに縮め、JPEG の画質 80% くらいで保存し直すと、多くは 500KB 以下になります（Windows は「フォト」の「サイズ変更」、Mac は「プレビュー」の「サイズを調整」）",
        en: "resize it to about 1,600 pixels wide and save it as JPEG at about 80% quality; most photos then stay under 500 KB (Photos → Resize on Windows, Preview → Adjust Size on a Mac)")
}

extension Term {
    /// Why an image could not be read, for `{reason}` of `imageUnreadable`.
    public static func imageProblem(_ problem: ImageProblem, expected: ImageFormat, ending: String) -> MessageArgument {
        switch problem {
        case .truncated:
            return .term(LocalizedText(ja: "ファイルが途中で切れています", en: "the file stops part-way"))
        case .damaged:
            return .term(LocalizedText(ja: "ファイルの先頭が壊れています", en: "its header is damaged"))
        case .notAnImage:
            return .phrase(LocalizedText(ja: "中身が {format} の画像ではありません", en: "its content is not a {format} image"),
                           ["format": .text(expected.label)])
        case .otherFormat(let found):
            return .phrase(LocalizedText(ja: "中身は {found} の画像なのに、名前が「.{ending}」で終わっています",
                                         en: "it is a {found} image with a name ending in '.{ending}'"),
                           ["found": .text(found.label), "ending": .text(ending)])
        }
    }

    /// What an SVG may not hold, for `{what}` of `svgUnsafe`.
    public static func svgFinding(_ finding: SVGFinding) -> MessageArgument {
        let detail: MessageArguments = ["detail": .text(finding.detail)]
        switch finding.kind {
        case .script:
            return .phrase(LocalizedText(ja: "スクリプト {detail}", en: "a script {detail}"), detail)
        case .eventAttribute:
            return .phrase(LocalizedText(ja: "イベント属性「{detail}」", en: "an event attribute '{detail}'"), detail)
        case .foreignObject:
            return .phrase(LocalizedText(ja: "埋め込み要素 {detail}", en: "an embedded element {detail}"), detail)
        case .externalReference:
            return .phrase(LocalizedText(ja: "ほかのファイルへの参照「{detail}」", en: "a reference to another file '{detail}'"), detail)
        case .entity:
            return .term(LocalizedText(ja: "実体宣言 <!ENTITY>", en: "an entity declaration <!ENTITY>"))
        }
    }
}

extension Catalogue {
    static let mediaFiles: [Message] = [
        .mediaFileTooLarge, .imageHeavy, .imageTooWide, .imageUnreadable, .svgUnsafe, .svgWithoutSize, .unreferencedFile,
        .folderInRecordFolder,
    ]
}
