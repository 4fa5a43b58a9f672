/// Block mappings: `key: value` lines starting in the same column.
extension FrontMatterReader {
    /// Reads a mapping whose first key is at the cursor, in column `n`.
    mutating func parseBlockMapping(indent n: Int) throws -> FrontMatterNode {
        try enterNesting()
        defer { depth -= 1 }
        let start = location(pos)
        var entries: [FrontMatterEntry] = []
        var seen: [String: Int] = [:]
        while true {
            entries.append(try parseMappingEntry(indent: n, seen: &seen))
            guard let indent = try nextContentLine(), indent >= n else { break }
            pos += indent
            if indent > n {
                throw error(.badIndentation, at: pos, ["indent": Term.spaces(indent), "above": Term.indentAbove(n)],
                            hint: .sameColumnNested)
            }
        }
        return FrontMatterNode(.mapping(entries), at: start, style: .block)
    }

    /// Reads one `key: value` entry at the cursor, up to the end of its value.
    /// `seen` maps the keys read so far to their lines, to report duplicates.
    mutating func parseMappingEntry(indent n: Int, seen: inout [String: Int]) throws -> FrontMatterEntry {
        let keyStart = pos
        if isDash(at: pos) {
            throw error(.listItemWhereKeyExpected, at: pos)
        }
        try rejectUnsupported(at: pos)
        let (key, isPlain) = try parseBlockKey()
        if isPlain && key == "<<" {
            throw error(.mergeKey, at: keyStart)
        }
        let keyLocation = location(keyStart)
        if let firstLine = seen[key] {
            diagnostics.append(.error(.duplicateKey, at: keyLocation, ["key": .text(key), "line": .number(firstLine)]))
        } else {
            seen[key] = keyLocation.line
        }
        let value = try parseMappingValue(keyIndent: n, colon: pos - 1)
        try finishLine()
        return FrontMatterEntry(key: key, keyLocation: keyLocation, value: value)
    }

    /// Reads the value after the `:` at index `colon`: on the same line, on
    /// the lines below indented deeper, or a list at the key's own column.
    mutating func parseMappingValue(keyIndent n: Int, colon: Int) throws -> FrontMatterNode {
        skipBlanks()
        guard current == nil || current == "\n" || current == "#" else {
            return try parseInlineValue(parentIndent: n, afterKey: true)
        }
        let empty = FrontMatterNode(.null, at: location(colon + 1), style: .plain, raw: "")
        try finishLine()
        guard let indent = try nextContentLine() else { return empty }
        if indent > n {
            pos += indent
            return try parseBlockNode(indent: indent, parentIndent: n)
        }
        if indent == n && isDash(at: pos + indent) {
            pos += indent
            return try parseBlockSequence(indent: n)
        }
        return empty
    }
}
