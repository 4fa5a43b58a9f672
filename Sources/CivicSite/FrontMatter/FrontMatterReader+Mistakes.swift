/// Mistakes that make a `key: value` line unreadable as one, named by the
/// character that is wrong. Japanese input methods make these easy: the
/// colon and the space come out full-width unless the editor switches back,
/// and text pasted from web pages brings no-break and zero-width spaces.
extension FrontMatterReader {
    /// A clearer report for the line at `start`, where a key was expected but
    /// no `: ` was found; nil when the line shows none of these mistakes.
    func keyLineMistake(at start: Int) -> FrontMatterSyntaxError? {
        var p = start
        while let c = at(p), c != "\n" {
            if c == "#" && Self.isBlank(at(p - 1)) { return nil }
            if c == "\u{FF1A}" && p > start {
                let key = text(start..<trimmedEnd(p, from: start))
                return error(.fullWidthColon, at: p, fixedLine(key: key, valueFrom: p + 1),
                             hint: fixedLineFits(key: key, valueFrom: p + 1) ? .writeFixedLine : .halfWidthColonAfterKey)
            }
            if c == ":" && p > start, let problem = missingSpace(colon: p, lineStart: start) { return problem }
            p += 1
        }
        return nil
    }

    /// `area:本町地区`, or `area:` followed by a full-width, no-break or
    /// zero-width space. URLs (`https://`) and times (`10:30`) are left to
    /// the usual message, since their colon was never meant to end a key.
    func missingSpace(colon: Int, lineStart start: Int) -> FrontMatterSyntaxError? {
        guard let next = at(colon + 1), next != "/" else { return nil }
        let keyEnd = trimmedEnd(colon, from: start)
        guard keyEnd == colon, !(start..<colon).contains(where: { Self.isBlank(scalars[$0]) }) else { return nil }
        if Self.isDigit(scalars[colon - 1]) && Self.isDigit(next) { return nil }
        let key = text(start..<colon)
        var arguments = fixedLine(key: key, valueFrom: colon + 1)
        arguments["line"] = .text(excerpt(at: start))
        let fits = fixedLineFits(key: key, valueFrom: colon + 1)
        if Self.looksLikeSpace(next) {
            arguments["character"] = .term(Term.character(next))
            return error(.invisibleAfterColon, at: colon + 1, arguments, hint: fits ? nil : .halfWidthColonAfterKey)
        }
        return error(.noSpaceAfterColon, at: colon, arguments, hint: fits ? nil : .halfWidthColonAfterKey)
    }

    /// Characters that pass for a space, or for nothing, on screen.
    static func looksLikeSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3000, 0xA0, 0x2000...0x200D, 0x202F, 0x205F, 0x2060, 0xFEFF: return true
        default: return false
        }
    }

    /// `{key}` and `{fixed}`, the line as it should be: the key, `: ` and
    /// the value after the colon without the blanks and look-alike spaces
    /// before it, so the hint, applied as written, gives the typed value.
    func fixedLine(key: String, valueFrom index: Int) -> MessageArguments {
        var p = index
        while let c = at(p), Self.isBlank(c) || Self.looksLikeSpace(c) { p += 1 }
        let value = at(p) == nil || at(p) == "\n" ? "" : excerpt(at: p)
        return ["key": .text(key), "fixed": .text(value.isEmpty ? key + ":" : key + ": " + value)]
    }

    /// Whether the whole value fits in the hint; a long one is cut with `…`,
    /// and a hint with a cut value could not be copied as it stands.
    func fixedLineFits(key: String, valueFrom index: Int) -> Bool {
        guard case .text(let fixed)? = fixedLine(key: key, valueFrom: index)["fixed"] else { return false }
        return !fixed.hasSuffix("…")
    }

    /// A plain key holding a character nobody can see (no-break, zero-width
    /// spaces, a byte order mark) or ending in a full-width space: it would
    /// look right and yet be another key, whose value is never used.
    func invisibleCharacterInKey(_ range: Range<Int>) -> FrontMatterSyntaxError? {
        // A full-width space inside a key may be meant (`key　name`); at
        // its end it never is.
        func isBad(_ index: Int) -> Bool {
            let c = scalars[index]
            return c == "\u{3000}" ? index == range.upperBound - 1 || index == range.lowerBound : Self.looksLikeSpace(c)
        }
        guard let bad = range.first(where: isBad) else { return nil }
        var clean = FrontMatterTextBuilder()
        for index in range where !isBad(index) { clean.append(scalars[index]) }
        return error(.invisibleInKey, at: bad, ["key": .text(text(range)), "character": .term(Term.character(scalars[bad])),
                                                "clean": .text(clean.string)])
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
        guard let found = FrontMatterDocument.closerLookAlike("\n" + line, path: file) else { return nil }
        return error(found.message, at: start, found.arguments)
    }
}
