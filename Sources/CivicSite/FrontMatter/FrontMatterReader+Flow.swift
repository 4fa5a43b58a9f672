/// What flow collections share: white space and comments between their
/// entries, the nodes inside them, and the unclosed-bracket error.
extension FrontMatterReader {
    /// Skips blanks, line breaks and comments inside the collection opened
    /// at `open`. A line back at the parent block's column `n` means the
    /// bracket was never closed, unless the line starts by closing it.
    mutating func skipFlowSpace(open: Int, blockIndent n: Int) throws {
        while let c = current {
            if Self.isBlank(c) {
                pos += 1
            } else if c == "#" && Self.isWhiteOrEnd(at(pos - 1)) {
                pos = lineEnd(from: pos)
            } else if c == "\n" {
                pos += 1
                let lineStart = pos
                while current == " " { pos += 1 }
                let indent = pos - lineStart
                skipBlanks()
                guard let first = current else { break }
                if first == "\n" || first == "#" { continue }
                if indent <= n && first != "]" && first != "}" {
                    if at(lineStart + indent) == "\t" { throw tabInIndentation(at: lineStart + indent) }
                    throw unclosed(open)
                }
            } else {
                return
            }
        }
        throw unclosed(open)
    }

    func unclosed(_ open: Int) -> FrontMatterSyntaxError {
        let isSequence = scalars[open] == "["
        let close = isSequence ? "]" : "}"
        return error(at: open, "unclosed flow \(isSequence ? "sequence" : "mapping") '\(scalars[open])'",
                     hint: "add the closing '\(close)'; if the \(isSequence ? "list" : "mapping") goes on over several lines, indent them more than the key")
    }

    /// Reads a node inside a flow collection.
    mutating func parseFlowNode(blockIndent n: Int) throws -> FrontMatterNode {
        try rejectUnsupported(at: pos)
        switch current {
        case "[":
            return try parseFlowSequence(blockIndent: n)
        case "{":
            return try parseFlowMapping(blockIndent: n)
        case "\"", "'":
            return try parseQuoted(parentIndent: n)
        case "|", ">":
            throw error(at: pos, "block scalars ('\(scalars[pos])') cannot be used inside '[ ]' or '{ }'",
                        hint: "use a double-quoted string, with \\n for line breaks")
        default:
            if isDash(at: pos) {
                throw error(at: pos, "a '- ' list item cannot be used inside '[ ]' or '{ }'",
                            hint: "separate the items with commas")
            }
            return try parsePlain(parentIndent: n, flow: true)
        }
    }

    /// A short name for the character at the cursor, for "found …" messages.
    var foundDescription: String {
        guard let c = current else { return "the end" }
        return c == "\n" ? "the end of the line" : "'\(excerpt(at: pos, limit: 10))'"
    }
}
