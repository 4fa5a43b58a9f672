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
        var top = 7
        var sawHeading = false
        forEachHeading(in: html) { level, _ in top = min(top, level); sawHeading = true }
        let shift = max(0, minimum - top)
        guard sawHeading, shift > 0 else { return html }
        // Each level is one ASCII digit: replacing it keeps every other byte.
        var bytes = Array(html.utf8)
        forEachHeading(in: html) { level, digitAt in bytes[digitAt] = UInt8(ascii: "0") + UInt8(min(6, level + shift)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Calls `found` with the level of every `<hN>`, `<hN …>` and `</hN>`
    /// tag and the byte offset of its digit. Over bytes: a walk over
    /// Characters was most of the time of a group page's body.
    private static func forEachHeading(in html: String, _ found: (Int, Int) -> Void) {
        var text = html
        text.withUTF8 { b in
            var i = 0
            while i < b.count {
                guard b[i] == UInt8(ascii: "<") else { i += 1; continue }
                var at = i + 1
                if at < b.count, b[at] == UInt8(ascii: "/") { at += 1 }
                if at + 2 < b.count, b[at] == UInt8(ascii: "h"), (0x31...0x36).contains(b[at + 1]),
                   b[at + 2] == UInt8(ascii: ">") || b[at + 2] == UInt8(ascii: " ") {
                    found(Int(b[at + 1] - 0x30), at + 1)
                    i = at + 2
                } else {
                    i += 1
                }
            }
        }
    }
}
