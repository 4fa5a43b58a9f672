/// Resolves standalone lines: a line holding only whitespace and one tag that
/// renders nothing (section, comment, partial, …) vanishes entirely, its
/// indentation and line break included.
///
/// Inheritance tags may share a standalone line (`{{<layout}}{{$main}}`,
/// `{{/main}}{{/layout}}`), as the spec's inheritance tests require; a block
/// opened and closed on one line is content in place, so it is not standalone.
/// Also marks where each kept source line starts, for partial indentation.
enum MustacheStandalone {
    static func resolve(_ tokens: [MustacheToken]) -> [MustacheToken] {
        let closesInheritance = classifyCloses(tokens)
        let lines = splitLines(tokens)
        var output: [MustacheToken] = []
        output.reserveCapacity(tokens.count + lines.count)
        var afterStandaloneBlockOpen = false

        for (lineNumber, line) in lines.enumerated() {
            let tagIndices = line.filter { tokens[$0].isTag }
            let onlyWhitespaceOtherwise = line.allSatisfy {
                tokens[$0].isTag || tokens[$0].kind == .newline || tokens[$0].isWhitespaceText
            }
            let leading = leadingWhitespace(of: line, in: tokens)
            if onlyWhitespaceOtherwise, isStandalone(tagIndices, tokens, closesInheritance) {
                let nextIndentation = lineNumber + 1 < lines.count ? leadingWhitespace(of: lines[lineNumber + 1], in: tokens) : ""
                for (position, index) in tagIndices.enumerated() {
                    var tag = tokens[index]
                    tag.standalone = true
                    if position == 0, tag.kind == .partial || tag.kind == .parentOpen { tag.indentation = leading }
                    if tag.kind == .blockOpen { tag.blockIndentation = nextIndentation }
                    output.append(tag)
                }
                afterStandaloneBlockOpen = tagIndices.last.map { tokens[$0].kind == .blockOpen } ?? false
                continue
            }
            if let first = line.first {
                output.append(MustacheToken(kind: .lineStart(suppressed: afterStandaloneBlockOpen), content: "",
                                            location: tokens[first].location))
            }
            afterStandaloneBlockOpen = false
            var seenNonWhitespace = false
            for index in line {
                var token = tokens[index]
                if token.kind == .blockOpen, !seenNonWhitespace { token.blockIndentation = leading }
                if !token.isWhitespaceText { seenNonWhitespace = true }
                output.append(token)
            }
        }
        return output
    }

    private static func isStandalone(_ tags: [Int], _ tokens: [MustacheToken], _ closesInheritance: Set<Int>) -> Bool {
        if tags.count == 1 { return tokens[tags[0]].canStandAlone }
        guard tags.count >= 2 else { return false }
        let allInheritance = tags.allSatisfy { index in
            let kind = tokens[index].kind
            return kind == .parentOpen || kind == .blockOpen || (kind == .close && closesInheritance.contains(index))
        }
        let blockInPlace = tags.count == 2 && tokens[tags[0]].kind == .blockOpen && tokens[tags[1]].kind == .close
            && tokens[tags[0]].content == tokens[tags[1]].content
        return allInheritance && !blockInPlace
    }

    /// Indices of closing tags that end a parent or a block (matched by name,
    /// as the tree builder will); mismatches are left for it to report.
    /// Counting the open names keeps a run of closing tags that match
    /// nothing linear: only a tag that does match searches the stack, and
    /// what it searches past is removed.
    private static func classifyCloses(_ tokens: [MustacheToken]) -> Set<Int> {
        var stack: [(kind: MustacheToken.Kind, name: String)] = []
        var open: [String: Int] = [:]
        var result: Set<Int> = []
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .sectionOpen, .invertedOpen, .parentOpen, .blockOpen:
                stack.append((token.kind, token.content))
                open[token.content, default: 0] += 1
            case .close:
                guard open[token.content] != nil, let match = stack.lastIndex(where: { $0.name == token.content }) else { continue }
                if stack[match].kind == .parentOpen || stack[match].kind == .blockOpen { result.insert(index) }
                for closed in stack[match...] {
                    open[closed.name, default: 1] -= 1
                    if open[closed.name] == 0 { open[closed.name] = nil }
                }
                stack.removeSubrange(match...)
            default:
                continue
            }
        }
        return result
    }

    /// Token indices grouped by source line, each line keeping its line break.
    private static func splitLines(_ tokens: [MustacheToken]) -> [[Int]] {
        var lines: [[Int]] = []
        var current: [Int] = []
        for (index, token) in tokens.enumerated() {
            current.append(index)
            if token.kind == .newline {
                lines.append(current)
                current = []
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    private static func leadingWhitespace(of line: [Int], in tokens: [MustacheToken]) -> String {
        var result = ""
        for index in line {
            let token = tokens[index]
            guard token.kind == .text else { break }
            let prefix = token.content.unicodeScalars.prefix { $0 == " " || $0 == "\t" }
            result.unicodeScalars.append(contentsOf: prefix)
            if prefix.count < token.content.unicodeScalars.count { break }
        }
        return result
    }
}
