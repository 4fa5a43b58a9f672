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
                noteComment(at: pos)
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
        return error(isSequence ? .unclosedBracket : .unclosedBrace, at: open)
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
            throw error(.blockScalarInFlow, at: pos, ["indicator": .text(String(scalars[pos]))])
        default:
            if isDash(at: pos) {
                throw error(.dashInFlow, at: pos)
            }
            return try parsePlain(parentIndent: n, flow: true)
        }
    }

    /// What stands at the cursor, for `{found}` in "expected ',' …" messages.
    var found: MessageArgument {
        guard let c = current else { return .term(Term.foundEndOfFile) }
        if c == "\n" { return .term(Term.foundEndOfLine) }
        return .phrase(Term.foundText, ["text": .text(excerpt(at: pos, limit: 10))])
    }
}
