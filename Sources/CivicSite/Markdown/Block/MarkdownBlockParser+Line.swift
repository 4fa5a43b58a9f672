extension MarkdownBlockParser {
    mutating func processLine() {
        offset = lineStart
        column = 0
        firstNonspace = lineStart
        blank = false
        partiallyConsumedTab = false
        thematicBreakKillPosition = lineStart
        tableStoppedAtLimit = nil

        guard var container = matchOpenBlocks() else { return }  // a closing code fence ate the line
        let lastMatched = container
        var maybeLazy = tip.kind == .paragraph
        container = openNewBlocks(from: container, maybeLazy: &maybeLazy)
        addText(container: container, lastMatched: lastMatched)
    }

    /// Walks the open containers and consumes their continuation markers.
    /// Returns the deepest matched block, or nil when the line closed a fence.
    mutating func matchOpenBlocks() -> MarkdownNode? {
        var container = root
        var usedUpFrom: MarkdownNode? = nil
        while let last = container.lastChild, last.isOpen {
            if usedUpFrom == nil && offset >= lineEnd {
                if let known = usedUpLineMatch(from: container) { return known }
                usedUpFrom = container
            }
            container = last
            findFirstNonspace()
            var matched = true
            switch container.kind {
            case .blockQuote:
                if indent <= 3 && peek(firstNonspace) == UInt8(ascii: ">") {
                    advance(indent + 1, columns: true)
                    if MarkdownBytes.isSpaceOrTab(peek(offset)) { advance(1, columns: true) }
                } else {
                    matched = false
                }
            case .item:
                let width = container.list.markerOffset + container.list.padding
                if indent >= width {
                    advance(width, columns: true)
                } else if blank && container.firstChild != nil {
                    advance(firstNonspace - offset, columns: false)
                } else {
                    matched = false
                }
            case .codeBlock:
                if container.isFenced {
                    if indent <= 3, peek(firstNonspace) == container.fenceChar,
                       let length = MarkdownBlockScanners.closingFence(buf, at: firstNonspace, end: lineEnd, char: container.fenceChar),
                       length >= container.fenceLength {
                        tip = finalize(container) ?? root
                        return nil
                    }
                    var i = container.fenceOffset
                    while i > 0 && MarkdownBytes.isSpaceOrTab(peek(offset)) {
                        advance(1, columns: true)
                        i -= 1
                    }
                } else if indent >= 4 {
                    advance(4, columns: true)
                } else if blank {
                    advance(firstNonspace - offset, columns: false)
                } else {
                    matched = false
                }
            case .heading:
                matched = false
            case .htmlBlock:
                if blank && (container.htmlBlockType == 6 || container.htmlBlockType == 7) { matched = false }
            case .paragraph:
                if blank { matched = false }
            case .table:
                if blank {
                    matched = false
                } else if !tableHasRoom(container) {
                    matched = false
                    tableStoppedAtLimit = container.alignments.count
                }
            default:
                break
            }
            if !matched {
                let parent = container.parent ?? root
                if let from = usedUpFrom { rememberUsedUpLineMatch(from: from, result: parent) }
                return parent
            }
        }
        if let from = usedUpFrom { rememberUsedUpLineMatch(from: from, result: container) }
        return container
    }
}
