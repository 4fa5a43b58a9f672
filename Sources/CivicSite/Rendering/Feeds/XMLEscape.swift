/// Escaping for text placed in XML feeds: the same five characters the
/// templates escape, so one rule covers every kind of markup we write.
public enum XMLEscape {
    public static func escape(_ text: String) -> String {
        var out = ""
        // XML 1.0 forbids most control characters: one would make a feed
        // reader drop the whole feed. Content cannot contain them; this
        // keeps it so whatever the caller passes.
        let allowed = text.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            ? text : String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" }))
        MustacheHTML.appendEscaped(allowed, to: &out)
        return out
    }
}
