/// Escaping for text placed in XML feeds: the same five characters the
/// templates escape, so one rule covers every kind of markup we write.
public enum XMLEscape {
    public static func escape(_ text: String) -> String {
        var out = ""
        // XML 1.0 forbids most control characters: one would make a feed
        // reader drop the whole feed. Content cannot contain them; this
        // keeps it so whatever the caller passes.
        let keep = { (u: Unicode.Scalar) in u.value >= 0x20 || u == "\t" || u == "\n" || u == "\r" }
        let allowed = text.unicodeScalars.allSatisfy(keep) ? text : String(String.UnicodeScalarView(text.unicodeScalars.filter(keep)))
        MustacheHTML.appendEscaped(allowed, to: &out)
        return out
    }
}
