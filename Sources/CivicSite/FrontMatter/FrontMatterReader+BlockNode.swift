/// A value in block context: a nested collection on its own lines, or a
/// scalar or flow collection starting at the cursor.
extension FrontMatterReader {
    /// Reads the node starting at the cursor, the first content of a line
    /// indented `m` spaces, under a parent collection in column `n`.
    mutating func parseBlockNode(indent m: Int, parentIndent n: Int) throws -> FrontMatterNode {
        if isDash(at: pos) { return try parseBlockSequence(indent: m) }
        if looksLikeKey(at: pos) { return try parseBlockMapping(indent: m) }
        return try parseInlineValue(parentIndent: n, afterKey: false)
    }

    /// Reads a scalar, block scalar or flow collection at the cursor.
    /// `afterKey` is true when it follows `key:` on the same line.
    mutating func parseInlineValue(parentIndent n: Int, afterKey: Bool) throws -> FrontMatterNode {
        try rejectUnsupported(at: pos)
        let start = pos
        let node: FrontMatterNode
        switch current {
        case "|", ">":
            return try parseBlockScalar(parentIndent: n)
        case "\"", "'":
            node = try parseQuoted(parentIndent: n)
        case "[":
            node = try parseFlowSequence(blockIndent: n)
        case "{":
            node = try parseFlowMapping(blockIndent: n)
        default:
            if afterKey && isDash(at: pos) {
                throw error(.listOnKeyLine, at: pos)
            }
            node = try parsePlain(parentIndent: n, flow: false)
        }
        skipBlanks()
        if current == ":" && Self.isWhiteOrEnd(at(pos + 1)) {
            if location(pos).line != location(start).line {
                throw error(.keyOnOneLine, at: start)
            }
            let whole = excerpt(at: start, limit: 60)
            // A value cut short with `…` is not offered to be copied.
            throw error(Self.isBlank(at(pos + 1)) ? .colonSpaceInValue : .colonAtValueEnd, at: pos,
                        ["quoted": .text(Self.quotedSuggestion(whole))],
                        hint: whole.hasSuffix("…") ? .quoteLongValue : nil)
        }
        return node
    }

    /// `text` in double quotes, or single quotes when it holds `"` or `\`.
    static func quotedSuggestion(_ text: String) -> String {
        if text.contains("\"") || text.contains("\\") {
            return "'" + String(text.flatMap { $0 == "'" ? ["'", "'"] : [$0] }) + "'"
        }
        return "\"" + text + "\""
    }
}
