/// Mistakes that make a `key: value` line unreadable as one, named by the
/// character that is wrong. Japanese input methods make these easy: the
/// colon and the space come out full-width unless the editor switches back.
extension FrontMatterReader {
    /// A clearer report for the line at `start`, where a key was expected but
    /// no `: ` was found; nil when the line shows none of these mistakes.
    func keyLineMistake(at start: Int) -> FrontMatterSyntaxError? {
        var p = start
        while let c = at(p), c != "\n" {
            if c == "#" && Self.isBlank(at(p - 1)) { return nil }
            if c == "\u{FF1A}" && p > start {
                return error(at: p, "full-width colon '\u{FF1A}' after '\(text(start..<trimmedEnd(p, from: start)))'",
                             hint: "write a half-width ':' followed by a space")
            }
            if c == ":" && p > start, let problem = missingSpace(colon: p, lineStart: start) { return problem }
            p += 1
        }
        return nil
    }

    /// `area:本町地区` or `area:\u{3000}本町地区`. URLs (`https://`) and
    /// times (`10:30`) are left to the usual message, since their colon was
    /// never meant to end a key.
    func missingSpace(colon: Int, lineStart start: Int) -> FrontMatterSyntaxError? {
        guard let next = at(colon + 1), next != "/" else { return nil }
        let keyEnd = trimmedEnd(colon, from: start)
        guard keyEnd == colon, !(start..<colon).contains(where: { Self.isBlank(scalars[$0]) }) else { return nil }
        if Self.isDigit(scalars[colon - 1]) && Self.isDigit(next) { return nil }
        let key = text(start..<colon)
        let value = excerpt(at: next == "\u{3000}" ? colon + 2 : colon + 1)
        if next == "\u{3000}" {
            return error(at: colon + 1, "full-width space (\u{3000}) after ':' in '\(excerpt(at: start))'",
                         hint: "write a half-width space after ':': '\(key): \(value)'")
        }
        return error(at: colon, "no space after ':' in '\(excerpt(at: start))'", hint: "write '\(key): \(value)'")
    }

    /// The end of the text before `index` on its line, without trailing blanks.
    func trimmedEnd(_ index: Int, from start: Int) -> Int {
        var end = index
        while end > start && Self.isBlank(at(end - 1)) { end -= 1 }
        return end
    }

    static func isDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return ("0"..."9").contains(c)
    }
}

extension FrontMatterReader {
    /// A line such as `ーーー` at the top level of a content file's front
    /// matter: it was meant to close it, and the split went on to a later
    /// `---` in the body. Everything after it is body text, so the caller
    /// stops there instead of reporting each body line.
    func closerLookAlike(at start: Int) -> FrontMatterSyntaxError? {
        // The first character rules out almost every line without building
        // a string for it.
        guard closingLine != nil, let first = at(start),
              FrontMatterDocument.hyphenLookAlikes.contains(Character(first)) else { return nil }
        let line = String(String.UnicodeScalarView(scalars[start..<lineEnd(from: start)]))
        guard let (_, message) = FrontMatterDocument.closerLookAlike("\n" + line, path: file) else { return nil }
        return error(at: start, message, hint: "write three half-width hyphens: ---")
    }
}
