/// Flow mappings: `{key: value, other: value}`.
extension FrontMatterReader {
    mutating func parseFlowMapping(blockIndent n: Int) throws -> FrontMatterNode {
        try enterNesting()
        defer { depth -= 1 }
        let open = pos
        var entries: [FrontMatterEntry] = []
        var seen: [String: Int] = [:]
        pos += 1
        while true {
            try skipFlowSpace(open: open, blockIndent: n)
            if current == "}" { break }
            if current == "," {
                throw error(at: pos, "unexpected ',' in a flow mapping",
                            hint: "remove the extra ','; empty entries are not allowed")
            }
            let keyStart = pos
            let key = try parseFlowKey(blockIndent: n)
            if let firstLine = seen[key] {
                diagnostics.append(.error(at: location(keyStart), "duplicate key '\(key)'",
                                          hint: "'\(key)' is already set on line \(firstLine)"))
            } else {
                seen[key] = location(keyStart).line
            }
            try skipFlowSpace(open: open, blockIndent: n)
            var value = FrontMatterNode(.null, at: location(pos), style: .plain, raw: "")
            if current == ":" {
                pos += 1
                try skipFlowSpace(open: open, blockIndent: n)
                value.location = location(pos)
                if current != "," && current != "}" {
                    value = try parseFlowNode(blockIndent: n)
                    try skipFlowSpace(open: open, blockIndent: n)
                }
            }
            entries.append(FrontMatterEntry(key: key, keyLocation: location(keyStart), value: value))
            if current == "}" { break }
            if current == "," {
                pos += 1
                continue
            }
            throw error(at: pos, "expected ',' or '}' in a flow mapping, found \(foundDescription)",
                        hint: "separate the entries with commas, and put a value holding ',', ':' or brackets in quotes")
        }
        pos += 1
        return FrontMatterNode(.mapping(entries), at: location(open), style: .flow)
    }

    /// Reads the key of a flow mapping entry: a plain or quoted scalar on
    /// one line.
    mutating func parseFlowKey(blockIndent n: Int) throws -> String {
        let start = pos
        try rejectUnsupported(at: pos)
        if current == "[" || current == "{" {
            throw error(at: pos, "a key cannot start with '\(scalars[pos])'",
                        hint: "collections cannot be keys; use a plain or quoted key")
        }
        if current == ":" && (Self.isWhiteOrEnd(at(pos + 1)) || Self.isFlowIndicator(at(pos + 1))) {
            throw error(at: pos, "missing key before ':'", hint: "write the key name before ':'")
        }
        let node = current == "\"" || current == "'"
            ? try parseQuoted(parentIndent: n)
            : try parsePlain(parentIndent: n, flow: true)
        if location(pos).line != location(start).line {
            throw error(at: start, "a key must be on a single line",
                        hint: "join the key's lines, or put the key in quotes on one line")
        }
        if node.style == .plain && node.raw == "<<" {
            throw error(at: start, "merge keys ('<<') are not supported", hint: "write the keys out in full")
        }
        if case .string(let text) = node.value, node.style != .plain { return text }
        return node.raw
    }
}
