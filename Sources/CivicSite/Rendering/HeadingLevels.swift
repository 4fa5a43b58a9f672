/// Moves the headings of a rendered body down so they nest under the page's
/// own `h1` and section `h2`: staff write `## 活動内容` in a body that the
/// page already shows under an `h2`, and screen-reader users navigate by
/// heading level.
enum HeadingLevels {
    /// Shifts every `<hN` / `</hN>` tag by the same amount, so that the
    /// body's highest heading becomes `minimum` (never moving a heading up),
    /// capped at `h6`. A uniform shift keeps the body's own outline and never
    /// skips a level below the page's. Only tags produced by our own Markdown
    /// renderer can match: text and raw HTML arrive escaped.
    static func demote(_ html: String, minimum: Int = 3) -> String {
        guard html.contains("<h") else { return html }
        var top = 7
        rewrite(html) { level in top = min(top, level); return level }
        let shift = max(0, minimum - top)
        guard shift > 0 else { return html }
        return rewrite(html) { min(6, $0 + shift) }
    }

    /// Calls `change` with the level of every heading tag and writes the level it returns.
    @discardableResult
    private static func rewrite(_ html: String, _ change: (Int) -> Int) -> String {
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
                out += (closing ? "</h" : "<h") + String(change(level))
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
