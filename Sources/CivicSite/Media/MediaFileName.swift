/// The name a file gets in the built site: lowercase ASCII letters, digits
/// and hyphens, then its ending, so that its URL needs no escaping and
/// survives every server and file system the site may be copied to.
///
/// Kana are romanized (`チラシ.pdf` → `chirashi.pdf`); a name with
/// characters that cannot be read that way (kanji) keeps what ASCII it has
/// and gets a short hash of the whole name, so two such names never meet
/// and the same name always gives the same URL, build after build.
public enum MediaFileName {
    public static func safe(_ name: String) -> String {
        let folded = WrittenText.folded(name)
        let ending = MediaType.ending(of: folded).map { cleanedEnding($0) } ?? ""
        let stem = ending.isEmpty ? folded : String(folded[..<folded.lastIndex(of: ".")!])
        let base: String
        if let romanized = SlugRomanizer.romanize(stem), !romanized.isEmpty {
            base = romanized
        } else {
            let hash = hex(SearchHash.fnv1a32(name.precomposedStringWithCanonicalMapping))
            base = SlugRules.cleaned(stem).map { "\($0)-\(hash)" } ?? "file-\(hash)"
        }
        return ending.isEmpty ? base : "\(base).\(ending)"
    }

    /// `stem.ending`, or `stem-2.ending` and so on for the second and later
    /// files of one folder whose safe names meet (`Photo.JPG`, `photo.jpg`).
    public static func numbered(_ safe: String, _ n: Int) -> String {
        guard n > 1 else { return safe }
        guard let dot = safe.lastIndex(of: ".") else { return "\(safe)-\(n)" }
        return "\(safe[..<dot])-\(n)\(safe[dot...])"
    }

    /// Safe names for the files of one folder, in the order given (which is
    /// name order, so the numbering is stable).
    public static func assign(_ names: [String]) -> [String: String] {
        var taken: Set<String> = []
        var result: [String: String] = [:]
        for name in names {
            let safe = safe(name)
            var n = 1
            while taken.contains(numbered(safe, n)) { n += 1 }
            taken.insert(numbered(safe, n))
            result[name] = numbered(safe, n)
        }
        return result
    }

    static func cleanedEnding(_ ending: String) -> String {
        String(ending.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
