/// What a slug may be: the file name, or the `slug:` key, made of lowercase
/// ASCII letters, digits and hyphens so that it is safe in a URL and on
/// every file system the site may be copied to.
public enum SlugRules {
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }

    /// Lowercase ASCII with hyphens between words; nil when nothing is left.
    static func cleaned(_ text: String) -> String? {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? nil : result
    }

    /// A valid slug close to `text` (kana romanized), or nil when `text`
    /// holds characters we cannot read, such as kanji.
    public static func suggestion(for text: String) -> String? {
        SlugRomanizer.romanize(text)
    }

    /// The slug of a record: the `slug:` key when given, else the file name
    /// without `.md`. Reports an unusable one with a suggestion made from
    /// the record's `title` and, for groups, its kana `reading`
    /// (`さくら子ども食堂.md` → `sakura-kodomo-shokudo`).
    public static func slug(fileName: String, keyed: inout KeyedNode, title: String? = nil, reading: String? = nil) -> String? {
        let stem = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        if let node = keyed.node("slug") {
            guard let text = keyed.scalarText(node, key: "slug") else { return nil }
            if isValid(text) { return text }
            let near = suggestion(for: text) ?? SlugSuggestion.suggestion(title: title, reading: reading, fileStem: stem)
            keyed.report(.make(.slugNotValid, at: node.location, ["value": .text(text)],
                               hint: near.map { ChosenHint(.writeLine, ["line": .text("slug: \($0)")]) }))
            return nil
        }
        if isValid(stem) { return stem }
        let guess = SlugSuggestion.suggestion(title: title, reading: reading, fileStem: stem)
        keyed.report(.make(.fileNameNotASlug, at: keyed.missingLocation, ["file": .text(fileName)],
                           hint: guess.map { ChosenHint(.renameOrAddSlug, ["slug": .text($0)]) }))
        return nil
    }
}
