/// The kinds of file the site publishes beside a record, by file name ending.
/// Anything else (HEIC photos, TIFF scans, programs, archives) is refused
/// with a message, since a browser could not show it or it could carry harm.
public enum MediaType: String, Sendable, Hashable, CaseIterable {
    case jpeg, png, gif, webp, svg, pdf, word, excel, powerpoint, openDocumentText, openDocumentSheet,
         openDocumentPresentation, csv, text

    /// By the ending of `name`, in any case (`.JPG`, `.Pdf`); nil when not published.
    public init?(fileName name: String) {
        guard let ending = MediaType.ending(of: name), let type = MediaType.byEnding[ending] else { return nil }
        self = type
    }

    static let byEnding: [String: MediaType] = [
        "jpg": .jpeg, "jpeg": .jpeg, "png": .png, "gif": .gif, "webp": .webp, "svg": .svg, "pdf": .pdf,
        "doc": .word, "docx": .word, "xls": .excel, "xlsx": .excel, "ppt": .powerpoint, "pptx": .powerpoint,
        "odt": .openDocumentText, "ods": .openDocumentSheet, "odp": .openDocumentPresentation, "csv": .csv, "txt": .text,
    ]

    /// The endings the site publishes, for messages.
    public static let publishedEndings = ["jpg", "jpeg", "png", "gif", "webp", "svg", "pdf", "doc", "docx", "xls",
                                          "xlsx", "ppt", "pptx", "odt", "ods", "odp", "csv", "txt"]

    /// The lower-cased ending after the last dot, nil without one.
    static func ending(of name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ending = name[name.index(after: dot)...]
        return ending.isEmpty ? nil : ending.lowercased()
    }

    /// The picture format, for the kinds a page shows as an image.
    public var imageFormat: ImageFormat? {
        switch self {
        case .jpeg: return .jpeg
        case .png: return .png
        case .gif: return .gif
        case .webp: return .webp
        case .svg: return .svg
        default: return nil
        }
    }

    public var isImage: Bool { imageFormat != nil }

    /// The format as a link states it (「チラシ（PDF：1.2MB）」), after the
    /// national guideline for public web sites: the name a visitor knows.
    public var label: String {
        switch self {
        case .jpeg: return "JPEG"
        case .png: return "PNG"
        case .gif: return "GIF"
        case .webp: return "WebP"
        case .svg: return "SVG"
        case .pdf: return "PDF"
        case .word: return "Word"
        case .excel: return "Excel"
        case .powerpoint: return "PowerPoint"
        case .openDocumentText: return "ODT"
        case .openDocumentSheet: return "ODS"
        case .openDocumentPresentation: return "ODP"
        case .csv: return "CSV"
        case .text: return "テキスト"
        }
    }

    /// The MIME type, for the preview server and JSON-LD.
    public var mimeType: String {
        switch self {
        case .jpeg: return "image/jpeg"
        case .png: return "image/png"
        case .gif: return "image/gif"
        case .webp: return "image/webp"
        case .svg: return "image/svg+xml"
        case .pdf: return "application/pdf"
        case .word: return "application/msword"
        case .excel: return "application/vnd.ms-excel"
        case .powerpoint: return "application/vnd.ms-powerpoint"
        case .openDocumentText: return "application/vnd.oasis.opendocument.text"
        case .openDocumentSheet: return "application/vnd.oasis.opendocument.spreadsheet"
        case .openDocumentPresentation: return "application/vnd.oasis.opendocument.presentation"
        case .csv: return "text/csv"
        case .text: return "text/plain"
        }
    }
}
