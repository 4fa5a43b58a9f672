extension MarkdownBlockParser {
    /// Adds what is left of the line to the right block: a lazy paragraph
    /// continuation, the newly opened leaf, or a fresh paragraph.
    mutating func addText(container start: MarkdownNode, lastMatched: MarkdownNode) {
        var container = start
        findFirstNonspace()
        if blank, let last = container.lastChild { last.lastLineBlank = true }

        // Blank lines inside these never make a list loose.
        let kind = container.kind
        let lastLineBlank = blank && kind != .blockQuote && kind != .heading && kind != .thematicBreak && kind != .table
            && !(kind == .codeBlock && container.isFenced)
            && !(kind == .item && container.firstChild == nil && container.startLine == lineNumber)
        container.lastLineBlank = lastLineBlank
        // Everything above `blankFlagsClearAbove` is clear already, so a run of
        // lines in a deep container does not walk up to the root each time.
        var up = container === blankFlagsClearAbove ? nil : container.parent
        while let node = up {
            node.lastLineBlank = false
            if node === blankFlagsClearAbove { break }
            up = node.parent
        }
        blankFlagsClearAbove = container

        if tip !== lastMatched && container === lastMatched && !blank && tip.kind == .paragraph {
            addLine(to: tip)
            return
        }
        while tip !== lastMatched {
            guard let parent = finalize(tip) else { break }
            tip = parent
        }
        switch container.kind {
        case .codeBlock:
            if !(container.isFenced && container.startLine == lineNumber) { addLine(to: container) }
        case .htmlBlock:
            addLine(to: container)
            if MarkdownHTMLBlockScanner.endsBlock(type: container.htmlBlockType, buf, from: firstNonspace, end: lineEnd) {
                container = finalize(container) ?? root
            }
        case .table:
            if container.startLine != lineNumber && !blank { addTableRow(to: container) }
        case _ where blank:
            break
        case .heading:
            if !container.isSetext {
                let end = MarkdownBlockScanners.atxContentEnd(buf, from: firstNonspace, end: lineEnd)
                if recordsSourcePositions { container.appendSourceAnchor(content: container.content.count, source: firstNonspace) }
                container.content.append(contentsOf: buf[firstNonspace..<end])
                container = finalize(container) ?? root
            } else {
                advance(firstNonspace - offset, columns: false)
                addLine(to: container)
            }
        case .paragraph:
            advance(firstNonspace - offset, columns: false)
            addLine(to: container)
        default:
            // A row its table had no room for starts the paragraph the rest
            // of the table's lines go into (unless the line opened a block of
            // its own, which would have ended the table anyway).
            if let columns = tableStoppedAtLimit, container === lastMatched {
                limitHits.append(MarkdownLimitHit(kind: .table(columns: columns), offset: firstNonspace))
            }
            container = addChild(.paragraph, to: container)
            advance(firstNonspace - offset, columns: false)
            addLine(to: container)
        }
        tip = container
    }
}
