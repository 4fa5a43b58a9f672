extension MarkdownInlineParser {
    mutating func handleBackticks() {
        let start = pos
        while pos < end && bytes[pos] == UInt8(ascii: "`") { pos += 1 }
        let length = pos - start
        guard let closeStart = closingBacktickRun(length: length, after: pos) else {
            addText(bytes[start..<pos])
            return
        }
        var code: [UInt8] = []
        code.reserveCapacity(closeStart - pos)
        for c in bytes[pos..<closeStart] { code.append(c == MarkdownBytes.newline ? MarkdownBytes.space : c) }
        if code.count >= 2 && code.first == MarkdownBytes.space && code.last == MarkdownBytes.space
            && code.contains(where: { $0 != MarkdownBytes.space }) {
            code.removeFirst()
            code.removeLast()
        }
        let node = add(.code)
        node.content = code
        pos = closeStart + length
    }

    /// The start of the first backtick run of exactly `length` at or after `from`.
    ///
    /// All runs are indexed once per block, and a cursor per length only moves
    /// forward, so many unmatched backticks cost linear time, not quadratic.
    mutating func closingBacktickRun(length: Int, after from: Int) -> Int? {
        if backtickRuns == nil { backtickRuns = indexBacktickRuns() }
        guard let runs = backtickRuns?[length] else { return nil }
        var k = backtickCursor[length] ?? 0
        while k < runs.count && runs[k] < from { k += 1 }
        backtickCursor[length] = k
        return k < runs.count ? runs[k] : nil
    }

    private func indexBacktickRuns() -> [Int: [Int]] {
        var runs: [Int: [Int]] = [:]
        var i = 0
        while i < end {
            if bytes[i] == UInt8(ascii: "`") {
                let start = i
                while i < end && bytes[i] == UInt8(ascii: "`") { i += 1 }
                runs[i - start, default: []].append(start)
            } else {
                i += 1
            }
        }
        return runs
    }
}
