/// The top level: one block mapping, read entry by entry with recovery so
/// that one run reports the problems of every key.
extension FrontMatterReader {
    /// The top-level mapping with every entry that could be read, also when
    /// others could not (see `FrontMatterParser.parse`).
    mutating func parseDocument() -> FrontMatterNode {
        let characterProblems = nonPrintableDiagnostics()
        diagnostics.append(contentsOf: characterProblems)
        // A forbidden character also breaks the syntax around it (a byte
        // order mark after `key:`); one report at one place is enough.
        let reported = Set(characterProblems.map(\.location))
        func report(_ problem: FrontMatterSyntaxError) {
            if !reported.contains(problem.diagnostic.location) { diagnostics.append(problem.diagnostic) }
        }
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
                report(problem)
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
                    throw error(.badIndentation, at: pos, ["indent": Term.spaces(indent), "above": Term.indentAbove(n)])
                }
                if start == nil && isDash(at: pos) {
                    throw error(.topLevelList, at: pos)
                }
                if start == nil { start = location(pos) }
                entries.append(try parseMappingEntry(indent: n, seen: &seen))
            } catch let problem as FrontMatterSyntaxError {
                report(problem)
                pos = nextLineStart(after: max(problem.position, lineStart))
                skippingDeeper = true
            } catch {
                break
            }
        }
        let location = start ?? SourceLocation(file: file, line: firstLine, column: 1)
        return FrontMatterNode(.mapping(entries), at: location, style: .block)
    }
}
