/// Escaping for text placed in XML feeds: the same five characters the
/// templates escape, so one rule covers every kind of markup we write.
public enum XMLEscape {
    public static func escape(_ text: String) -> String {
        var out = ""
        MustacheHTML.appendEscaped(text, to: &out)
        return out
    }
}
