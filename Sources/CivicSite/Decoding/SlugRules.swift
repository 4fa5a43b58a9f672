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
    /// without `.md`. Reports an unusable one with a suggestion; `reading` is
    /// a kana reading to romanize when the file name has kanji.
    public static func slug(fileName: String, keyed: inout KeyedNode, reading: String? = nil) -> String? {
        let stem = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        if let node = keyed.node("slug") {
            guard let text = keyed.scalarText(node, key: "slug") else { return nil }
            if isValid(text) { return text }
            let hint = (suggestion(for: text) ?? reading.flatMap(suggestion(for:))).map { "did you mean '\($0)'?" }
                ?? "use lowercase ascii letters, digits and hyphens, e.g. 'slug: my-group'"
            keyed.report(.error(at: node.location, "'slug' must use lowercase ascii letters, digits and hyphens, found '\(text)'", hint: hint))
            return nil
        }
        if isValid(stem) { return stem }
        let guess = suggestion(for: stem) ?? reading.flatMap(suggestion(for:))
        let hint: String
        if stem.unicodeScalars.allSatisfy(\.isASCII), let guess {
            hint = "rename the file to '\(guess).md', or add a line 'slug: \(guess)'"
        } else {
            hint = "add a line such as 'slug: \(guess ?? "my-group")' (lowercase ascii letters, digits and hyphens)"
        }
        keyed.report(.error(at: keyed.missingLocation, "file name '\(fileName)' is not a valid slug", hint: hint))
        return nil
    }
}
