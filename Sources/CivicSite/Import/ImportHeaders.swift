/// Matching the header row of a spreadsheet with the columns a kind knows.
enum ImportHeaders {
    /// A header as compared: NFKC (full-width letters and brackets
    /// half-width), without spaces, marks such as ※ or *, surrounding 【】,
    /// and lowercase.
    static func normalized(_ header: String) -> String {
        var s = WrittenText.folded(header)
        s.unicodeScalars.removeAll { $0.properties.isWhitespace || "※*＊◎●■◆★".unicodeScalars.contains($0) }
        for (open, close) in [("【", "】"), ("[", "]"), ("<", ">"), ("〈", "〉")] where s.hasPrefix(open) && s.hasSuffix(close) {
            s = String(s.dropFirst().dropLast())
        }
        return s.lowercased()
    }

    /// The header without a note in brackets at its end (`会員数(人)`,
    /// `団体名（必須）`), for a second try.
    static func withoutNote(_ normalized: String) -> String? {
        guard normalized.hasSuffix(")"), let open = normalized.lastIndex(of: "("), open != normalized.startIndex else { return nil }
        return String(normalized[..<open])
    }

    /// What the header of each column means, by the mapping first, then the
    /// kind's own headers (exactly, then without a bracketed note).
    static func targets(headers: [String], columns: [ImportColumn], mapping: ImportMapping?) -> [ImportTarget?] {
        var known: [String: ImportTarget] = [:]
        for column in columns {
            for header in column.headers {
                let key = normalized(header)
                if known[key] == nil { known[key] = column.target }
            }
        }
        return headers.map { header in
            let key = normalized(header)
            guard !key.isEmpty else { return nil }
            if let mapped = mapping?.columns[key] { return mapped }
            if let target = known[key] { return target }
            if let bare = withoutNote(key), let target = known[bare] { return target }
            return nil
        }
    }
}
