import Foundation
@testable import CivicSite

extension MessageSource {
    /// The minimal site with `files` (text) and `data` (bytes, such as
    /// pictures) added under `content/`, checked as `check` does.
    static func site(_ files: [String: String?], data: [String: Data]) -> MessageSource {
        MessageSource { try MessageFixtureSite.check(files, data: data) }
    }
}

/// An event record written as its own folder, with `extra` front matter and `body`.
enum MediaRecords {
    static let path = "events/bosai/index.md"

    static func event(_ extra: String, body: String = "本文。\n") -> String {
        "---\ntitle: 防災訓練\nstart: 2026-12-05 10:00\n\(extra)summary: 説明です。\n---\n\(body)"
    }

    static let photo = TestImages.jpeg(width: 1200, height: 800)
    static let siteSettings = (try? String(contentsOf: TestPaths.fixtures.appendingPathComponent("valid-minimal/content/site.yml"),
                                           encoding: .utf8)) ?? ""
}

extension MessageCases {
    static let media: [MessageCase] = [
        MessageCase("CS7001", .site([MediaRecords.path: MediaRecords.event("image: kunren.jpg\n")], data: ["events/bosai/kunren.jpg": MediaRecords.photo]),
                    ja: "content/events/bosai/index.md:4:8: error: 画像「kunren.jpg」に代替テキストがありません [CS7001]\n    ヒント: 「image:」の下に「file: kunren.jpg」と「alt: 」の2行を書き、alt には写っているものを短い文で書いてください",
                    en: "content/events/bosai/index.md:4:8: error: the image 'kunren.jpg' has no alt text [CS7001]\n    hint: write 'file: kunren.jpg' and 'alt: ' on two lines under 'image:', with alt saying in a short sentence what the picture shows"),
        MessageCase("CS7001", .site([MediaRecords.path: MediaRecords.event("image:\n  file: kunren.jpg\n")],
                                    data: ["events/bosai/kunren.jpg": MediaRecords.photo]),
                    ja: "content/events/bosai/index.md:5:9: error: 画像「kunren.jpg」に代替テキストがありません [CS7001]\n    ヒント: 「image:」の下に「file: kunren.jpg」と「alt: 」の2行を書き、alt には写っているものを短い文で書いてください",
                    en: "content/events/bosai/index.md:5:9: error: the image 'kunren.jpg' has no alt text [CS7001]\n    hint: write 'file: kunren.jpg' and 'alt: ' on two lines under 'image:', with alt saying in a short sentence what the picture shows"),
        MessageCase("CS7001", .site([MediaRecords.path: MediaRecords.event("", body: "訓練の様子。\n\n![](kunren.jpg)\n")],
                                    data: ["events/bosai/kunren.jpg": MediaRecords.photo]),
                    ja: "content/events/bosai/index.md:8:1: error: 画像「kunren.jpg」に代替テキストがありません [CS7001]\n    ヒント: 「![」と「]」の間に、画像に写っているものを短い文で書いてください",
                    en: "content/events/bosai/index.md:8:1: error: the image 'kunren.jpg' has no alt text [CS7001]\n    hint: between '![' and ']', say in a short sentence what the picture shows"),
        MessageCase("CS7002", .site([MediaRecords.path: MediaRecords.event("image:\n  file: kunren.jpg\n  alt: IMG_1234.jpg\n")],
                                    data: ["events/bosai/kunren.jpg": MediaRecords.photo]),
                    ja: "content/events/bosai/index.md:6:8: error: 代替テキスト「IMG_1234.jpg」はファイル名で、画像「kunren.jpg」の内容を伝えません [CS7002]\n    ヒント: 画像を見られない人に向けて、写っているものを短い文で書いてください",
                    en: "content/events/bosai/index.md:6:8: error: the alt text 'IMG_1234.jpg' is a file name and does not describe the image 'kunren.jpg' [CS7002]\n    hint: write for someone who cannot see it: what the picture shows, in a short sentence"),
        MessageCase("CS7003", .site([MediaRecords.path: MediaRecords.event("image:\n  file: kunren.jpg\n  alt: 写真\n")],
                                    data: ["events/bosai/kunren.jpg": MediaRecords.photo]),
                    ja: "content/events/bosai/index.md:6:8: error: 代替テキスト「写真」では、画像「kunren.jpg」に何が写っているかが伝わりません [CS7003]\n    ヒント: 画像を見られない人に向けて、写っているものを短い文で書いてください",
                    en: "content/events/bosai/index.md:6:8: error: the alt text '写真' does not say what the image 'kunren.jpg' shows [CS7003]\n    hint: write for someone who cannot see it: what the picture shows, in a short sentence"),
        MessageCase("CS7003", .site([MediaRecords.path: MediaRecords.event("", body: "![画像1](kunren.jpg)\n")],
                                    data: ["events/bosai/kunren.jpg": MediaRecords.photo]),
                    ja: "content/events/bosai/index.md:6:1: error: 代替テキスト「画像1」では、画像「kunren.jpg」に何が写っているかが伝わりません [CS7003]\n    ヒント: 画像を見られない人に向けて、写っているものを短い文で書いてください",
                    en: "content/events/bosai/index.md:6:1: error: the alt text '画像1' does not say what the image 'kunren.jpg' shows [CS7003]\n    hint: write for someone who cannot see it: what the picture shows, in a short sentence"),
        MessageCase("CS7004", .site([MediaRecords.path: MediaRecords.event("attachments:\n  - file: chirashi.pdf\n    url: https://www.example.jp/chirashi.pdf\n    title: チラシ\n")],
                                    data: ["events/bosai/chirashi.pdf": Data("%PDF-1.4\n".utf8)]),
                    ja: "content/events/bosai/index.md:6:5: error: 添付ファイル attachments[0] に「file:」と「url:」の両方が書かれています [CS7004]\n    ヒント: 記録のフォルダーにあるファイルなら「file:」、ほかのサイトにあるファイルなら「url:」の、どちらか1つにしてください",
                    en: "content/events/bosai/index.md:6:5: error: the attachment attachments[0] has both 'file:' and 'url:' [CS7004]\n    hint: keep one: 'file:' for a file in the record's folder, 'url:' for a file on another site"),
        MessageCase("CS7005", .site([MediaRecords.path: MediaRecords.event("attachments:\n  - url: https://www.example.jp/tebiki.pdf\n    title: 手引き\n    size: 1.2メガ\n")]),
                    ja: "content/events/bosai/index.md:7:11: error: 「1.2メガ」はファイルの大きさとして読めません [CS7005]\n    ヒント: 「size: 1.2MB」や「size: 350KB」のように、数字と KB または MB で書いてください",
                    en: "content/events/bosai/index.md:7:11: error: '1.2メガ' is not a file size [CS7005]\n    hint: write a number and KB or MB, e.g. 'size: 1.2MB' or 'size: 350KB'"),
        MessageCase("CS7010", .site([MediaRecords.path: MediaRecords.event("image:\n  file: kunren.jpg\n  alt: 消火器の使い方を学ぶ住民\n")],
                                    data: ["events/bosai/kunren.JPG": MediaRecords.photo]),
                    ja: "content/events/bosai/index.md:5:9: error: 「kunren.jpg」が記録のフォルダー content/events/bosai/ にありません [CS7010]\n    ヒント: 「kunren.JPG」の書き間違いではありませんか？",
                    en: "content/events/bosai/index.md:5:9: error: 'kunren.jpg' is not in the record's folder content/events/bosai/ [CS7010]\n    hint: did you mean 'kunren.JPG'?"),
        MessageCase("CS7010", .site([MediaRecords.path: MediaRecords.event("", body: "当日は[チラシ](chirashi.pdf)をお持ちください。\n")],
                                    data: ["events/bosai/kunren.jpg": MediaRecords.photo]),
                    ja: "content/events/bosai/index.md:6:4: error: 「chirashi.pdf」が記録のフォルダー content/events/bosai/ にありません [CS7010]\n    ヒント: ファイルを content/events/bosai/ に置くか、名前を確かめてください（大文字と小文字、名前の終わりも同じにします）",
                    en: "content/events/bosai/index.md:6:4: error: 'chirashi.pdf' is not in the record's folder content/events/bosai/ [CS7010]\n    hint: put the file in content/events/bosai/, or check its name (capitals and the ending must match too)"),
        MessageCase("CS7011", .site(["events/bosai.md": MediaRecords.event("image:\n  file: kunren.jpg\n  alt: 消火器の使い方を学ぶ住民\n")]),
                    ja: "content/events/bosai.md:5:9: error: 「kunren.jpg」を探すフォルダーがありません。ファイルを付ける記録は、自分のフォルダーに置きます [CS7011]\n    ヒント: content/events/bosai.md を content/events/bosai/index.md に移し、同じフォルダーに「kunren.jpg」を置いてください",
                    en: "content/events/bosai.md:5:9: error: no folder to find 'kunren.jpg' in: a record with files lives in a folder of its own [CS7011]\n    hint: move content/events/bosai.md to content/events/bosai/index.md and put 'kunren.jpg' beside it"),
        MessageCase("CS7012", .site([MediaRecords.path: MediaRecords.event("image:\n  file: ../../groups/kunren.jpg\n  alt: 消火器の使い方を学ぶ住民\n")],
                                    data: ["groups/kunren.jpg": MediaRecords.photo]),
                    ja: "content/events/bosai/index.md:5:9: error: 「../../groups/kunren.jpg」は記録のフォルダーの外を指しています [CS7012]\n    ヒント: ファイルを記録のフォルダーに置き、名前だけを書いてください（「../」、「/」で始まる場所、「C:」などは使えません）",
                    en: "content/events/bosai/index.md:5:9: error: '../../groups/kunren.jpg' points outside the record's folder [CS7012]\n    hint: put the file in the record's folder and write its name only ('../', paths starting with '/' and drive letters are not allowed)"),
        MessageCase("CS7013", .site([MediaRecords.path: MediaRecords.event("image:\n  file: chirashi.pdf\n  alt: 防災訓練のチラシ\n")],
                                    data: ["events/bosai/chirashi.pdf": Data("%PDF-1.4\n".utf8)]),
                    ja: "content/events/bosai/index.md:5:9: error: 「chirashi.pdf」は画像ではありません（PDF）。画像は JPEG、PNG、GIF、WebP、SVG のファイルです [CS7013]\n    ヒント: ファイルとして見せるなら「attachments:」に書くか、本文で [説明](chirashi.pdf) のようにリンクしてください",
                    en: "content/events/bosai/index.md:5:9: error: 'chirashi.pdf' is not a picture (PDF): images are JPEG, PNG, GIF, WebP or SVG files [CS7013]\n    hint: to offer it as a file, list it under 'attachments:' or link it from the body: [title](chirashi.pdf)"),
        MessageCase("CS7014", .site([MediaRecords.path: MediaRecords.event("attachments:\n  - file: IMG_0001.HEIC\n    title: 当日の写真\n")],
                                    data: ["events/bosai/IMG_0001.HEIC": Data(repeating: 0, count: 32)]),
                    ja: "content/events/bosai/index.md:5:11: error: 「IMG_0001.HEIC」は公開できない種類のファイルです [CS7014]\n    ヒント: 写真は JPEG に変えてから置いてください（iPhone なら「設定」→「カメラ」→「フォーマット」を「互換性優先」にすると JPEG で撮れます）",
                    en: "content/events/bosai/index.md:5:11: error: 'IMG_0001.HEIC' is a kind of file the site does not publish [CS7014]\n    hint: convert the photo to JPEG first (on an iPhone, Settings → Camera → Formats → Most Compatible takes JPEG photos)"),
        MessageCase("CS7014", .site([MediaRecords.path: MediaRecords.event("", body: "[申込ソフト](setup.exe)\n")],
                                    data: ["events/bosai/setup.exe": Data(repeating: 0, count: 32)]),
                    ja: "content/events/bosai/index.md:6:1: error: 「setup.exe」は公開できない種類のファイルです [CS7014]\n    ヒント: 公開できるのは、名前が .jpg、.jpeg、.png、.gif、.webp、.svg、.pdf、.doc、.docx、.xls、.xlsx、.ppt、.pptx、.odt、.ods、.odp、.csv、.txt で終わるファイルです",
                    en: "content/events/bosai/index.md:6:1: error: 'setup.exe' is a kind of file the site does not publish [CS7014]\n    hint: the site publishes files ending in .jpg, .jpeg, .png, .gif, .webp, .svg, .pdf, .doc, .docx, .xls, .xlsx, .ppt, .pptx, .odt, .ods, .odp, .csv, .txt"),
        MessageCase("CS7020", .site(["site.yml": MediaRecords.siteSettings + "max_file_size: 1KB\n",
                                     MediaRecords.path: MediaRecords.event("attachments:\n  - file: chirashi.pdf\n    title: チラシ\n")],
                                    data: ["events/bosai/chirashi.pdf": Data(repeating: 0x25, count: 1536)]),
                    ja: "content/events/bosai/chirashi.pdf:1:1: error: 「chirashi.pdf」は 1.5KB あり、1つのファイルの上限 1.0KB を超えています [CS7020]\n    ヒント: ファイルを小さくしてください（PDF は「縮小」して保存し直す、写真は小さく書き出す）。上限を変えるなら site.yml に「max_file_size: 20MB」のように書きます",
                    en: "content/events/bosai/chirashi.pdf:1:1: error: 'chirashi.pdf' is 1.5KB, over the limit of 1.0KB for one file [CS7020]\n    hint: make it smaller (save the PDF again reduced, export the photo smaller); to raise the limit, write e.g. 'max_file_size: 20MB' in site.yml"),
        MessageCase("CS7021", .site([MediaRecords.path: MediaRecords.event("image:\n  file: kunren.png\n  alt: 消火器の使い方を学ぶ住民\n")],
                                    data: ["events/bosai/kunren.png": TestImages.png(width: 1600, height: 1200, filler: 3 * 1024 * 1024)]),
                    ja: "content/events/bosai/kunren.png:1:1: warning: 画像「kunren.png」は 3.0MB あり、表示に時間がかかります（画像の目安は 2MB まで） [CS7021]\n    ヒント: 幅 1,600 ピクセルほどに縮め、JPEG の画質 80% くらいで保存し直すと、多くは 500KB 以下になります（Windows は「フォト」の「サイズ変更」、Mac は「プレビュー」の「サイズを調整」）",
                    en: "content/events/bosai/kunren.png:1:1: warning: the image 'kunren.png' is 3.0MB and loads slowly (keep images under 2 MB) [CS7021]\n    hint: resize it to about 1,600 pixels wide and save it as JPEG at about 80% quality; most photos then stay under 500 KB (Photos → Resize on Windows, Preview → Adjust Size on a Mac)"),
        MessageCase("CS7022", .site([MediaRecords.path: MediaRecords.event("image:\n  file: kunren.jpg\n  alt: 消火器の使い方を学ぶ住民\n")],
                                    data: ["events/bosai/kunren.jpg": TestImages.jpeg(width: 4032, height: 3024)]),
                    ja: "content/events/bosai/kunren.jpg:1:1: warning: 画像「kunren.jpg」は幅 4,032 ピクセルあり、ページで見せるには大きすぎます（目安は 2,400 ピクセルまで） [CS7022]\n    ヒント: 幅 1,600 ピクセルほどに縮め、JPEG の画質 80% くらいで保存し直すと、多くは 500KB 以下になります（Windows は「フォト」の「サイズ変更」、Mac は「プレビュー」の「サイズを調整」）",
                    en: "content/events/bosai/kunren.jpg:1:1: warning: the image 'kunren.jpg' is 4,032 pixels wide, more than a page shows (keep it to 2,400 pixels) [CS7022]\n    hint: resize it to about 1,600 pixels wide and save it as JPEG at about 80% quality; most photos then stay under 500 KB (Photos → Resize on Windows, Preview → Adjust Size on a Mac)"),
        MessageCase("CS7023", .site([MediaRecords.path: MediaRecords.event("image:\n  file: kunren.jpg\n  alt: 消火器の使い方を学ぶ住民\n")],
                                    data: ["events/bosai/kunren.jpg": TestImages.cut(MediaRecords.photo, to: 60)]),
                    ja: "content/events/bosai/kunren.jpg:1:1: error: 「kunren.jpg」は画像として読めません: ファイルが途中で切れています [CS7023]\n    ヒント: 元の写真や絵から、もう一度書き出すかコピーし直してください",
                    en: "content/events/bosai/kunren.jpg:1:1: error: 'kunren.jpg' cannot be read as an image: the file stops part-way [CS7023]\n    hint: export it again from the original, or copy it again"),
        MessageCase("CS7023", .site([MediaRecords.path: MediaRecords.event("image:\n  file: kunren.jpg\n  alt: 消火器の使い方を学ぶ住民\n")],
                                    data: ["events/bosai/kunren.jpg": TestImages.png(width: 800, height: 600)]),
                    ja: "content/events/bosai/kunren.jpg:1:1: error: 「kunren.jpg」は画像として読めません: 中身は PNG の画像なのに、名前が「.jpg」で終わっています [CS7023]\n    ヒント: ファイル名を「kunren.png」に変えてください",
                    en: "content/events/bosai/kunren.jpg:1:1: error: 'kunren.jpg' cannot be read as an image: it is a PNG image with a name ending in '.jpg' [CS7023]\n    hint: rename it to 'kunren.png'"),
        MessageCase("CS7024", .site([MediaRecords.path: MediaRecords.event("image:\n  file: zu.svg\n  alt: 避難経路の図\n")],
                                    data: ["events/bosai/zu.svg": Data("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 30\">\n  <rect width=\"40\" height=\"30\" onclick=\"go()\"/>\n</svg>\n".utf8)]),
                    ja: "content/events/bosai/zu.svg:2:32: error: SVG「zu.svg」に、サイトで動いてしまうもの（イベント属性「onclick」）が入っています [CS7024]\n    ヒント: 図を描いたソフトで「プレーン SVG」として書き出し直すか、PNG で書き出してください",
                    en: "content/events/bosai/zu.svg:2:32: error: the SVG 'zu.svg' holds something that could run on the site: an event attribute 'onclick' [CS7024]\n    hint: export the drawing again as plain SVG, or as PNG"),
        MessageCase("CS7025", .site([MediaRecords.path: MediaRecords.event("image:\n  file: zu.svg\n  alt: 避難経路の図\n")],
                                    data: ["events/bosai/zu.svg": Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"40\" height=\"30\"/></svg>\n".utf8)]),
                    ja: "content/events/bosai/zu.svg:1:1: error: SVG「zu.svg」に大きさ（width と height、または viewBox）がありません [CS7025]\n    ヒント: 最初の <svg> に viewBox=\"0 0 幅 高さ\" を書くか、PNG で書き出してください",
                    en: "content/events/bosai/zu.svg:1:1: error: the SVG 'zu.svg' has no size (width and height, or viewBox) [CS7025]\n    hint: give the first <svg> a viewBox=\"0 0 width height\", or export it as PNG"),
        MessageCase("CS7030", .site([MediaRecords.path: MediaRecords.event("")], data: ["events/bosai/chirashi.pdf": Data("%PDF-1.4\n".utf8)]),
                    ja: "content/events/bosai/chirashi.pdf:1:1: warning: 「chirashi.pdf」はどこからも使われていないので、サイトに載りません [CS7030]\n    ヒント: 載せるなら「image:」か「attachments:」に書くか、本文からリンクしてください。使わないなら content の外に移してください",
                    en: "content/events/bosai/chirashi.pdf:1:1: warning: 'chirashi.pdf' is not published: nothing refers to it [CS7030]\n    hint: to publish it, name it under 'image:' or 'attachments:' or link it from the body; otherwise move it out of content"),
        MessageCase("CS7031", .site([MediaRecords.path: MediaRecords.event("")], data: ["events/bosai/写真/kunren.jpg": MediaRecords.photo]),
                    ja: "content/events/bosai/写真:1:1: warning: 記録のフォルダーの中のフォルダー「bosai/写真」は読まれません [CS7031]\n    ヒント: ファイルは content/events/bosai/ の中に直接置いてください",
                    en: "content/events/bosai/写真:1:1: warning: the folder 'bosai/写真' inside a record's folder is not read [CS7031]\n    hint: put files directly in content/events/bosai/"),
    ]
}
