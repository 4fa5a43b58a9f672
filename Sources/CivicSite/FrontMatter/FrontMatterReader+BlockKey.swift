/// The key of a block mapping entry, which YAML requires on one line.
extension FrontMatterReader {
    /// Reads the key at the cursor and its `:`; returns the key's text and
    /// whether it was plain (only a plain `<<` is a merge key).
    mutating func parseBlockKey() throws -> (key: String, isPlain: Bool) {
        let start = pos
        if current == "\"" || current == "'" {
            let node = try parseQuoted(parentIndent: column(of: start))
            if location(pos).line != location(start).line {
                throw error(.quotedKeyOnOneLine, at: start)
            }
            guard case .string(let key) = node.value else { return ("", false) }
            skipBlanks()
            guard current == ":" && Self.isWhiteOrEnd(at(pos + 1)) else {
                throw error(.missingColonAfterQuotedKey, at: start, ["key": .text(key)])
            }
            pos += 1
            return (key, false)
        }
        if let c = current, Self.isFlowIndicator(c) || c == "|" || c == ">" || c == "#" {
            throw error(.keyBadStart, at: start, ["char": .text(String(c))])
        }
        if current == ":" && Self.isWhiteOrEnd(at(pos + 1)) {
            throw error(.keyMissingBeforeColon, at: start)
        }
        var p = pos
        while let c = at(p), c != "\n" {
            if c == ":" && Self.isWhiteOrEnd(at(p + 1)) { break }
            if c == "#" && Self.isBlank(at(p - 1)) { break }
            p += 1
        }
        guard at(p) == ":" else {
            if let mistake = keyLineMistake(at: start) { throw mistake }
            throw error(.missingColon, at: start, ["text": .text(excerpt(at: start))])
        }
        var end = p
        while end > start && Self.isBlank(at(end - 1)) { end -= 1 }
        if let problem = invisibleCharacterInKey(start..<end) { throw problem }
        pos = p + 1
        return (text(start..<end), true)
    }

    /// Whether the line from `index` on is a `key: value` entry rather than
    /// a scalar or a flow collection.
    func looksLikeKey(at index: Int) -> Bool {
        guard let first = at(index) else { return false }
        var p = index
        if first == "\"" || first == "'" {
            p += 1
            while let c = at(p), c != "\n" {
                if first == "\"" && c == "\\" { p += 2; continue }
                if c == first {
                    if first == "'" && at(p + 1) == "'" { p += 2; continue }
                    break
                }
                p += 1
            }
            guard at(p) == first else { return false }
            p += 1
            while Self.isBlank(at(p)) { p += 1 }
            return at(p) == ":" && Self.isWhiteOrEnd(at(p + 1))
        }
        if first == "[" || first == "{" || first == "|" || first == ">" || first == "#" { return false }
        while let c = at(p), c != "\n" {
            if c == ":" && Self.isWhiteOrEnd(at(p + 1)) { return true }
            if c == "#" && p > index && Self.isBlank(at(p - 1)) { return false }
            p += 1
        }
        return false
    }
}
