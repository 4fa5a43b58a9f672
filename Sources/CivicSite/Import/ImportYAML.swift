/// Writing values into front matter so that the project's parser reads
/// them back exactly: plain where that is safe, otherwise double-quoted
/// with the escapes the parser knows.
enum ImportYAML {
    /// `text` as a value that reads back as that same text.
    static func text(_ text: String) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    /// `text` in double quotes: `\` `"` and control characters escaped,
    /// line breaks as `\n`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for u in text.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) || u == "\u{FEFF}" || u == "\u{2028}" || u == "\u{2029}" {
                    out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16, uppercase: true)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// Whether a plain value would be read as something else than `text`:
    /// a number, true/false, null, a date, a list or mapping, a comment, or
    /// text with surrounding spaces or a line break.
    static func needsQuotes(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return true }
        if first.properties.isWhitespace || last.properties.isWhitespace || last == ":" { return true }
        if "[]{}&*!|>'\"%@`#,?:-~+.".unicodeScalars.contains(first) { return true }
        // Anything that starts like a number or a date is quoted: only the
        // parser's own rules would say whether it stays text.
        if first.properties.numericType != nil { return true }
        var previous: Unicode.Scalar = " "
        for u in scalars {
            if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) || u == "\u{FEFF}" || u == "\u{2028}"
                || u == "\u{2029}" || u == "：" { return true }
            if (previous == ":" && u == " ") || (previous == " " && u == "#") { return true }
            previous = u
        }
        if scalars.count <= 5, ["true", "false", "null", "~", "yes", "no", "on", "off"].contains(text.lowercased()) { return true }
        return false
    }

    /// A flow list `[a, b]`, each item quoted when it has a comma or bracket
    /// (looked for by scalar: `,` with a combining mark after it is one
    /// Character, but the parser still splits at its comma).
    static func list(_ items: [String]) -> String {
        "[" + items.map { item in
            item.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) || needsQuotes(item) ? quoted(item) : item
        }.joined(separator: ", ") + "]"
    }
}
