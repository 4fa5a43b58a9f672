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
                throw error(at: pos, "unexpected ',' in a flow sequence",
                            hint: "remove the extra ','; empty items are not allowed")
            }
            items.append(try parseFlowNode(blockIndent: n))
            try skipFlowSpace(open: open, blockIndent: n)
            if current == "]" { break }
            if current == "," {
                pos += 1
                continue
            }
            if current == ":" {
                throw error(at: pos, "'key: value' pairs directly inside '[ ]' are not supported",
                            hint: "write a mapping inside the list in braces: [{key: value}]")
            }
            throw error(at: pos, "expected ',' or ']' in a flow sequence, found \(foundDescription)",
                        hint: "separate the items with commas, and put an item holding ',' or brackets in quotes")
        }
        pos += 1
        return FrontMatterNode(.sequence(items), at: location(open), style: .flow)
    }
}
