/// Flow sequences: `[a, b, c]`, possibly nested and over several lines.
extension FrontMatterReader {
    mutating func parseFlowSequence(blockIndent n: Int) throws -> FrontMatterNode {
        try enterNesting()
        defer { depth -= 1 }
        let open = pos
        var items: [FrontMatterNode] = []
        pos += 1
        while true {
            try skipFlowSpace(open: open, blockIndent: n)
            if current == "]" { break }
            if current == "," {
                throw error(.extraCommaInBrackets, at: pos)
            }
            items.append(try parseFlowNode(blockIndent: n))
            try skipFlowSpace(open: open, blockIndent: n)
            if current == "]" { break }
            if current == "," {
                pos += 1
                continue
            }
            if current == ":" {
                throw error(.pairInBrackets, at: pos)
            }
            throw error(.bracketsExpectComma, at: pos, ["found": found])
        }
        pos += 1
        return FrontMatterNode(.sequence(items), at: location(open), style: .flow)
    }
}
