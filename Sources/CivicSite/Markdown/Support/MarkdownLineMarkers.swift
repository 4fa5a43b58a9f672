/// The marks Japanese staff start a line with to set it apart: bullets,
/// notes and numbers. The one list of them: the inline parser keeps such
/// lines on their own line, and runs of `・` lines become lists.
///
/// A line starts with a marker when its first characters (after spaces, and
/// after an opening `*`, `_` or `~` run so that `**※注意**` counts) are:
/// - one of `symbols`: `・` `･` `※` `＊` `●` `○` `〇` `◯` `◎` `■` `□` `◆` `◇`
///   `★` `☆` `▼` `▽` `▶` `▷` `→` `⇒` `【`;
/// - a circled number `①`…`⑳` or a parenthesised one `⑴`…`⒇`;
/// - one or two digits (half- or full-width) followed by `．` or `）`
///   (`１．` `1．` `１）` `1）`), or full-width digits followed by `.` or `)`
///   (`１.` `１)`), or half-width digits followed by `.` or `)` and directly
///   by a non-ASCII character (`1.説明会`): with a space after it, `1. ` is
///   Markdown's own list syntax, and `1.5` is a number;
/// - one or two digits in parentheses, half- or full-width: `(1)` `（1）` `（１）`.
enum MarkdownLineMarkers {
    static let symbols: Set<Unicode.Scalar> = [
        "\u{30FB}", "\u{FF65}", "※", "＊", "●", "○", "〇", "◯", "◎", "■", "□", "◆", "◇",
        "★", "☆", "▼", "▽", "▶", "▷", "→", "⇒", "【",
    ]
    /// `・` (katakana middle dot) and its half-width form `･`: the bullets
    /// whose runs become lists.
    static let middleDots: Set<Unicode.Scalar> = ["\u{30FB}", "\u{FF65}"]

    /// Whether the line starting at `start` (spaces allowed) begins with a marker.
    static func startsWithMarker(_ bytes: [UInt8], at start: Int, end: Int) -> Bool {
        var i = start
        while i < end && MarkdownBytes.isSpaceOrTab(bytes[i]) { i += 1 }
        while i < end && (bytes[i] == UInt8(ascii: "*") || bytes[i] == UInt8(ascii: "_") || bytes[i] == UInt8(ascii: "~")) { i += 1 }
        guard let first = MarkdownScalars.scalar(in: bytes, at: i, end: end) else { return false }
        let v = first.value
        if symbols.contains(first) || (v >= 0x2460 && v <= 0x2473) || (v >= 0x2474 && v <= 0x2487) { return true }
        if first == "(" || first == "（" { return parenthesisedNumber(bytes, at: i + width(first), end: end) }
        return numberWithStop(bytes, at: i, end: end)
    }

    /// The bytes of a `・` or `･` at `start`, if one is there.
    static func middleDotLength(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        guard let s = MarkdownScalars.scalar(in: bytes, at: start, end: end), middleDots.contains(s) else { return nil }
        return width(s)
    }

    /// `1．` `１．` `１.` `1）` `１)` and `1.説明会`.
    private static func numberWithStop(_ bytes: [UInt8], at start: Int, end: Int) -> Bool {
        guard let (after, fullWidth) = digits(bytes, at: start, end: end),
              let stop = MarkdownScalars.scalar(in: bytes, at: after, end: end) else { return false }
        switch stop {
        case "．", "）":
            return true
        case ".", ")":
            if fullWidth { return true }
            guard let next = MarkdownScalars.scalar(in: bytes, at: after + 1, end: end) else { return false }
            return !next.isASCII
        default:
            return false
        }
    }

    /// `1)` `1）` `１）` after the opening parenthesis.
    private static func parenthesisedNumber(_ bytes: [UInt8], at start: Int, end: Int) -> Bool {
        guard let (after, _) = digits(bytes, at: start, end: end),
              let close = MarkdownScalars.scalar(in: bytes, at: after, end: end) else { return false }
        return close == ")" || close == "）"
    }

    /// One or two digits, half- or full-width: the index after them, and
    /// whether any was full-width.
    private static func digits(_ bytes: [UInt8], at start: Int, end: Int) -> (Int, Bool)? {
        var i = start
        var count = 0
        var fullWidth = false
        while count < 3, let s = MarkdownScalars.scalar(in: bytes, at: i, end: end) {
            if s.value >= 0x30 && s.value <= 0x39 {
                i += 1
            } else if s.value >= 0xFF10 && s.value <= 0xFF19 {
                i += 3
                fullWidth = true
            } else {
                break
            }
            count += 1
        }
        return count >= 1 && count <= 2 ? (i, fullWidth) : nil
    }

    private static func width(_ s: Unicode.Scalar) -> Int { UTF8.width(s) }
}
