extension MarkdownBlockParser {
    /// Opens the new blocks that start on this line, innermost last.
    mutating func openNewBlocks(from start: MarkdownNode, maybeLazy: inout Bool) -> MarkdownNode {
        var container = start
        // Block quotes and items holding `container`, counted when first needed.
        var depth: Int? = nil
        func full(_ container: MarkdownNode) -> Bool {
            guard let limit = options.nestingLimit else { return false }
            if depth == nil { depth = containerDepth(of: container) }
            return depth! >= limit
        }
        while container.kind != .codeBlock && container.kind != .htmlBlock {
            findFirstNonspace()
            let indented = indent >= 4
            let c = peek(firstNonspace)
            if !indented && c == UInt8(ascii: ">") {
                // Past the limit the marker and the rest of the line are text.
                if full(container) { noteNestingLimit(); break }
                depth? += 1
                advance(firstNonspace + 1 - offset, columns: false)
                if MarkdownBytes.isSpaceOrTab(peek(offset)) { advance(1, columns: true) }
                container = addChild(.blockQuote, to: container)
            } else if !indented, c == UInt8(ascii: "#"),
                      let (level, contentStart) = MarkdownBlockScanners.atxHeading(buf, at: firstNonspace, end: lineEnd) {
                advance(contentStart - offset, columns: false)
                container = addChild(.heading, to: container)
                container.level = UInt8(level)
            } else if !indented, c == UInt8(ascii: "`") || c == UInt8(ascii: "~"),
                      let length = MarkdownBlockScanners.openingFence(buf, at: firstNonspace, end: lineEnd) {
                let fenceOffset = firstNonspace - offset
                container = addChild(.codeBlock, to: container)
                container.fenceChar = c
                container.fenceLength = length
                container.fenceOffset = fenceOffset
                container.info = MarkdownInlineText.unescaped(MarkdownBytes.trimmed(buf[(firstNonspace + length)..<lineEnd]))
                advance(lineEnd - offset, columns: false)
            } else if !indented, c == UInt8(ascii: "<"),
                      let type = MarkdownHTMLBlockScanner.startType(buf, at: firstNonspace, end: lineEnd,
                                                                    canInterruptParagraph: container.kind == .paragraph) {
                container = addChild(.htmlBlock, to: container)
                container.htmlBlockType = type
            } else if !indented, container.kind == .paragraph,
                      let level = MarkdownBlockScanners.setextUnderline(buf, at: firstNonspace, end: lineEnd) {
                if resolveReferenceDefinitions(in: container) {
                    container.kind = .heading
                    structureVersion += 1
                    container.level = UInt8(level)
                    container.isSetext = true
                    advance(lineEnd - offset, columns: false)
                }
            } else if !indented, options.extensions, container.kind == .paragraph,
                      let alignments = tableDelimiterRow(for: container) {
                container = startTable(from: container, alignments: alignments)
                advance(lineEnd - offset, columns: false)
            } else if !indented, firstNonspace >= thematicBreakKillPosition, isThematicBreak() {
                container = addChild(.thematicBreak, to: container)
                advance(lineEnd - offset, columns: false)
            } else if !indented, let (data, markerWidth) = MarkdownBlockScanners.listMarker(
                buf, at: firstNonspace, end: lineEnd, interruptsParagraph: container.kind == .paragraph) {
                if full(container) { noteNestingLimit(); break }
                depth? += 1
                container = openListItem(data, markerWidth: markerWidth, in: container)
            } else if indented && !maybeLazy && !blank {
                advance(4, columns: true)
                container = addChild(.codeBlock, to: container)
            } else {
                break
            }
            if container.kind.acceptsLines { break }
            maybeLazy = false
        }
        return container
    }

    private mutating func isThematicBreak() -> Bool {
        let (isBreak, stop) = MarkdownBlockScanners.thematicBreak(buf, at: firstNonspace, end: lineEnd)
        if !isBreak { thematicBreakKillPosition = stop }
        return isBreak
    }

    /// Opens an item (and its list, unless it continues the current one).
    /// Content starts 1–4 spaces after the marker; five or more mean
    /// indented code inside the item, so only one space counts then.
    private mutating func openListItem(_ marker: MarkdownListData, markerWidth: Int, in start: MarkdownNode) -> MarkdownNode {
        var container = start
        var data = marker
        advance(firstNonspace + markerWidth - offset, columns: false)
        let savedTab = partiallyConsumedTab
        let savedOffset = offset
        let savedColumn = column
        while column - savedColumn <= 5 && MarkdownBytes.isSpaceOrTab(peek(offset)) {
            advance(1, columns: true)
        }
        let spaces = column - savedColumn
        if spaces >= 5 || spaces < 1 || offset >= lineEnd {
            data.padding = markerWidth + 1
            offset = savedOffset
            column = savedColumn
            partiallyConsumedTab = savedTab
            if spaces > 0 { advance(1, columns: true) }
        } else {
            data.padding = markerWidth + spaces
        }
        data.markerOffset = indent
        if container.kind != .list || !data.continues(container.list) {
            container = addChild(.list, to: container)
            container.list = data
        }
        container = addChild(.item, to: container)
        container.list = data
        return container
    }
}
