/// The top level: one block mapping, read entry by entry with recovery so
/// that one run reports the problems of every key.
extension FrontMatterReader {
    mutating func parseDocument() -> FrontMatterNode? {
        diagnostics.append(contentsOf: nonPrintableDiagnostics())
        var entries: [FrontMatterEntry] = []
        var seen: [String: Int] = [:]
        var topIndent: Int?
        var start: SourceLocation?
        // After an error, lines indented deeper than the top level belong to
        // the broken entry and would only produce follow-on errors.
        var skippingDeeper = false
        while true {
            let indent: Int?
            do {
                indent = try nextContentLine()
            } catch let problem as FrontMatterSyntaxError {
                diagnostics.append(problem.diagnostic)
                pos = nextLineStart(after: problem.position)
                continue
            } catch {
                break
            }
            guard let indent else { break }
            let n = topIndent ?? indent
            topIndent = n
            // A list at the top has been reported once; its other items
            // would only repeat the message.
            if (skippingDeeper && indent > n) || (start == nil && skippingDeeper && isDash(at: pos + indent)) {
                pos = nextLineStart(after: pos)
                continue
            }
            skippingDeeper = false
            let lineStart = pos
            if indent == 0, let lookAlike = closerLookAlike(at: pos) {
                diagnostics.append(lookAlike.diagnostic)
                break
            }
            do {
                pos += indent
                if indent != n {
                    throw error(at: pos, "bad indentation: this line is indented \(Self.spaces(indent)), the keys above \(n)",
                                hint: "start every top-level key in the same column")
                }
                if start == nil && isDash(at: pos) {
                    throw error(at: pos, "front matter must be 'key: value' lines, not a list",
                                hint: "put the list under a key: 'items:' on one line, then the '- item' lines")
                }
                if start == nil { start = location(pos) }
                entries.append(try parseMappingEntry(indent: n, seen: &seen))
            } catch let problem as FrontMatterSyntaxError {
                diagnostics.append(problem.diagnostic)
                pos = nextLineStart(after: max(problem.position, lineStart))
                skippingDeeper = true
            } catch {
                break
            }
        }
        if diagnostics.contains(where: \.isError) { return nil }
        let location = start ?? SourceLocation(file: file, line: firstLine, column: 1)
        return FrontMatterNode(.mapping(entries), at: location, style: .block)
    }
}
