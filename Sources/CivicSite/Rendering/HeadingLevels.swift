/// Moves the headings of a rendered body down so they nest under the page's
/// own `h1` and section `h2`: staff write `## 活動内容` in a body that the
/// page already shows under an `h2`, and screen-reader users navigate by
/// heading level.
enum HeadingLevels {
    /// Every `<hN` / `</hN>` tag becomes at least `minimum` and one level
    /// deeper than written, capped at `h6`. Only tags produced by our own
    /// Markdown renderer can match: text and raw HTML arrive escaped.
    static func demote(_ html: String, minimum: Int = 3) -> String {
        guard html.contains("<h") else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            let tag = rest[open...]
            let closing = tag.dropFirst().first == "/"
            let afterH = tag.dropFirst(closing ? 2 : 1)
            if afterH.first == "h", let digit = afterH.dropFirst().first, let level = digit.wholeNumberValue,
               (1...6).contains(level), let next = afterH.dropFirst(2).first, next == ">" || next == " " {
                let newLevel = min(6, max(minimum, level + 1))
                out += (closing ? "</h" : "<h") + String(newLevel)
                rest = afterH.dropFirst(2)
            } else {
                out += "<"
                rest = tag.dropFirst()
            }
        }
        out += rest
        return out
    }
}
