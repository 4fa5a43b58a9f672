/// Block sequences: `- item` lines starting in the same column.
extension FrontMatterReader {
    /// Reads a sequence whose first `-` is at the cursor, in column `m`.
    mutating func parseBlockSequence(indent m: Int) throws -> FrontMatterNode {
        try enterNesting()
        defer { depth -= 1 }
        let start = location(pos)
        var items: [FrontMatterNode] = []
        while true {
            items.append(try parseSequenceItem(indent: m))
            try finishLine()
            guard let indent = try nextContentLine(), indent >= m else { break }
            let content = pos + indent
            if indent == m {
                // A key in the dash's column ends a list written under its
                // key without indentation (`key:\n- a`).
                guard isDash(at: content) else { break }
                pos = content
                continue
            }
            throw error(.badListIndentation, at: content, ["indent": Term.spaces(indent), "above": Term.indentAbove(m)])
        }
        return FrontMatterNode(.sequence(items), at: start, style: .block)
    }

    /// Reads the item after the `-` at the cursor.
    mutating func parseSequenceItem(indent m: Int) throws -> FrontMatterNode {
        let dash = pos
        pos += 1
        while current == " " { pos += 1 }
        if current == "\t" { throw tabInIndentation(at: pos) }
        if current == nil || current == "\n" || current == "#" {
            let empty = FrontMatterNode(.null, at: location(dash + 1), style: .plain, raw: "")
            try finishLine()
            guard let indent = try nextContentLine(), indent > m else { return empty }
            pos += indent
            return try parseBlockNode(indent: indent, parentIndent: m)
        }
        // Compact forms: `- - a` and `- key: value` open a collection in the
        // column of their first scalar.
        if isDash(at: pos) { return try parseBlockSequence(indent: column(of: pos)) }
        if looksLikeKey(at: pos) { return try parseBlockMapping(indent: column(of: pos)) }
        return try parseInlineValue(parentIndent: m, afterKey: false)
    }
}
