extension AssetMinifier {
    /// Spaces a stylesheet does not need: around `{`, `}`, `;` and `,`,
    /// after `:`, and the last `;` of a block. Quoted strings are kept as
    /// written, and spaces elsewhere (the descendant combinator `nav a`,
    /// `calc(100% - 1rem)`) are never touched, so only layout changes.
    /// Runs after the line pass, which has already removed comments.
    static func compactCSS(_ css: String) -> String {
        var out: [Character] = []
        out.reserveCapacity(css.count)
        var quote: Character?
        var pendingSpace = false
        for ch in css {
            if let q = quote {
                out.append(ch)
                if ch == q, out.dropLast().last != "\\" { quote = nil }
                continue
            }
            if ch == " " || ch == "\n" || ch == "\t" || ch == "\r" {
                pendingSpace = true
                continue
            }
            let tight: Set<Character> = ["{", "}", ";", ",", ":"]
            if pendingSpace, let last = out.last, !tight.contains(last), !["{", "}", ";", ","].contains(ch) {
                out.append(" ")
            }
            pendingSpace = false
            if ch == "}", out.last == ";" { out.removeLast() }
            if ch == "\"" || ch == "'" { quote = ch }
            out.append(ch)
        }
        return String(out) + "\n"
    }
}
