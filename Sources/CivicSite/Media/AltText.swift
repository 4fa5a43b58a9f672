/// Text alternatives that say nothing about the picture (JIS X 8341-3,
/// success criterion 1.1.1): a file name, or a word that only says that
/// there is a picture.
enum AltText {
    enum Problem: Equatable {
        case fileName
        case placeholder
    }

    static let placeholders: Set<String> = [
        "画像", "写真", "イメージ", "図", "絵", "イラスト", "無題", "代替テキスト", "説明", "ここに説明", "ここに代替テキスト",
        "サムネイル", "スクリーンショット", "image", "img", "photo", "picture", "pic", "untitled", "alt", "alt text",
        "thumbnail", "screenshot", "figure", "graphic", "no title", "noimage", "no image", "写真です", "画像です",
    ]

    static let pictureEndings: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "svg", "heic", "heif", "bmp", "tif",
                                              "tiff"]

    static func problem(_ alt: String, file: String) -> Problem? {
        let text = WrittenText.folded(alt).trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let fileName = WrittenText.folded(file).lowercased()
        let stem = fileName.split(separator: "/").last.map { name -> String in
            guard let dot = name.lastIndex(of: ".") else { return String(name) }
            return String(name[..<dot])
        } ?? fileName
        if text == fileName || text == stem { return .fileName }
        if let ending = MediaType.ending(of: text), pictureEndings.contains(ending), !text.contains(" ") { return .fileName }
        if isCameraName(text) { return .fileName }
        // A placeholder word, maybe numbered: 写真1, image 2.
        let word = String(text.reversed().drop { $0.isNumber || $0 == " " || $0 == "_" || $0 == "-" }.reversed())
        if placeholders.contains(text) || placeholders.contains(word) { return .placeholder }
        return nil
    }

    /// `img_1234`, `dsc01234`, `pxl_20240501_…`, `dscn0012`: what cameras call photos.
    static func isCameraName(_ text: String) -> Bool {
        for prefix in ["img", "dsc", "dscn", "dscf", "pxl", "mvimg", "p", "dcim"] where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count).drop { $0 == "_" || $0 == "-" }
            if rest.count >= 3, rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }) { return true }
        }
        return false
    }
}
