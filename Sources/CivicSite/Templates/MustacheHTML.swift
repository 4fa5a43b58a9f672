/// HTML escaping for `{{name}}`: `& < > " '`, so values are safe in text and
/// in both kinds of quoted attributes.
enum MustacheHTML {
    static func appendEscaped(_ text: String, to output: inout String) {
        // Most values have nothing to escape; copying them whole is much faster.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}
