/// Stable, readable `id`s for headings: lower-case ASCII, Japanese and
/// other letters kept, spaces to `-`, punctuation dropped, repeats numbered.
struct MarkdownHeadingIDs {
    private var used: Set<String> = []
    /// The next suffix to try per base slug, so many equal headings stay linear.
    private var nextSuffix: [String: Int] = [:]

    /// `reserved`: ids the surrounding page uses, never given to a heading.
    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// The slug of `text` alone, before de-duplication.
    static func slug(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingDash = false
        for s in text.unicodeScalars {
            if MarkdownScalars.isWhitespace(s) || s == "-" {
                pendingDash = !out.isEmpty
                continue
            }
            let keep: Unicode.Scalar?
            if s.isASCII {
                let c = UInt8(s.value)
                keep = MarkdownBytes.isAlphanumeric(c) || c == UInt8(ascii: "_") ? Unicode.Scalar(MarkdownBytes.lowercased(c)) : nil
            } else {
                keep = MarkdownScalars.isPunctuation(s) ? nil : s
            }
            guard let kept = keep else { continue }
            if pendingDash { out.append("-"); pendingDash = false }
            out.append(kept)
        }
        return String(out)
    }

    /// A unique id for a heading with plain text `text`.
    mutating func makeID(for text: String) -> String {
        var base = Self.slug(text)
        if base.isEmpty { base = "section" }
        var candidate = base
        var n = nextSuffix[base] ?? 0
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        nextSuffix[base] = n
        used.insert(candidate)
        return candidate
    }
}
