/// What a file name in a kind folder says the file is, so that a record
/// saved with the wrong ending is named instead of silently missing (the
/// grant count dropping from 11 to 10), while what editors and the system
/// leave behind is ignored.
extension ContentScanner {
    enum EntryName: Equatable {
        /// `~$x.docx`, `Thumbs.db`, `x.md~`, `x.swp`: ignored without a word.
        case litter
        /// `New.MD`, `x.markdown`: a Markdown file with another ending.
        case otherMarkdownEnding(stem: String)
        /// A record by every sign, saved under a name that is not read; the
        /// hint says what to rename it to.
        case misnamedRecord(name: String, hint: Hint)
        /// `x.docx`, `x.xlsx`.
        case office(LocalizedText, name: String)
        /// A photo or a PDF, which cannot be published from here yet.
        case attachment
    }

    static let litterNames: Set<String> = ["thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r"]
    static let litterEndings = ["~", ".swp", ".swo", ".tmp", ".bak"]
    static let attachmentEndings: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "heic", "heif", "svg", "tif", "tiff",
                                                 "bmp", "pdf"]
    static let officeEndings: [String: LocalizedText] = [
        "docx": Term.wordDocument, "doc": Term.wordDocument, "docm": Term.wordDocument, "odt": Term.officeDocument,
        "rtf": Term.officeDocument, "pages": Term.officeDocument, "jtd": Term.officeDocument,
        "xlsx": Term.spreadsheet, "xls": Term.spreadsheet, "xlsm": Term.spreadsheet, "ods": Term.spreadsheet,
        "csv": Term.spreadsheet, "numbers": Term.spreadsheet,
        "pptx": Term.presentation, "ppt": Term.presentation, "odp": Term.presentation, "key": Term.presentation,
    ]

    /// What `name` (not ending in `.md`) is; nil for any other file, which
    /// is named as not a record.
    static func classify(_ name: String) -> EntryName? {
        let lower = name.lowercased()
        if name.hasPrefix("~$") || name.hasPrefix("#") || litterNames.contains(lower)
            || litterEndings.contains(where: lower.hasSuffix) { return .litter }
        if let stem = markdownStem(name) { return .otherMarkdownEnding(stem: stem) }
        // What a Japanese input method or a careless save makes of `.md`.
        let trimmed = trimmingTrailing(name)
        let folded = WrittenText.folded(trimmed)
        if folded.lowercased().hasSuffix(".md"), folded.count > 3 {
            let fixed = String(folded.dropLast(3)) + ".md"
            return .misnamedRecord(name: fixed, hint: trimmed != name ? .trailingSpaceInName : .fullWidthEnding)
        }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            return .misnamedRecord(name: name + ".md", hint: .renameIfRecord)
        }
        let stem = String(name[..<dot]), ending = name[name.index(after: dot)...].lowercased()
        if ending == "txt" {
            if let inner = markdownStem(stem) ?? (stem.lowercased().hasSuffix(".md") ? String(stem.dropLast(3)) : nil) {
                return .misnamedRecord(name: inner + ".md", hint: .hiddenTextEnding)
            }
            return .misnamedRecord(name: stem + ".md", hint: .renameIfRecord)
        }
        if let document = officeEndings[ending] {
            return .office(document, name: (SlugRules.cleaned(stem) ?? "record") + ".md")
        }
        if attachmentEndings.contains(ending) { return .attachment }
        return nil
    }

    /// Without spaces and dots at the end, which Windows drops and macOS keeps.
    static func trimmingTrailing(_ name: String) -> String {
        var result = Substring(name)
        while let last = result.last, last.isWhitespace || last == "." { result.removeLast() }
        return String(result)
    }
}
