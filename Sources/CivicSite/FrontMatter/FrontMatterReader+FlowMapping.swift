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
                throw error(.extraCommaInBraces, at: pos)
            }
            let keyStart = pos
            let key = try parseFlowKey(blockIndent: n)
            if let firstLine = seen[key] {
                diagnostics.append(.error(.duplicateKey, at: location(keyStart), ["key": .text(key), "line": .number(firstLine)]))
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
            throw error(.bracesExpectComma, at: pos, ["found": found])
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
            throw error(.keyBadStart, at: pos, ["char": .text(String(scalars[pos]))], hint: .collectionAsKey)
        }
        if current == ":" && (Self.isWhiteOrEnd(at(pos + 1)) || Self.isFlowIndicator(at(pos + 1))) {
            throw error(.keyMissingBeforeColon, at: pos)
        }
        let node = current == "\"" || current == "'"
            ? try parseQuoted(parentIndent: n)
            : try parsePlain(parentIndent: n, flow: true)
        if location(pos).line != location(start).line {
            throw error(.keyOnOneLine, at: start)
        }
        if node.style == .plain && node.raw == "<<" {
            throw error(.mergeKey, at: start)
        }
        if case .string(let text) = node.value, node.style != .plain { return text }
        return node.raw
    }
}
