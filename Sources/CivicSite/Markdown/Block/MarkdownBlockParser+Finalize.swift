extension MarkdownBlockParser {
    /// Closes `block` and returns its parent, which becomes the new tip.
    @discardableResult
    mutating func finalize(_ block: MarkdownNode) -> MarkdownNode? {
        let parent = block.parent
        block.isOpen = false
        structureVersion += 1
        switch block.kind {
        case .paragraph:
            if !resolveReferenceDefinitions(in: block) { block.unlink() }
        case .codeBlock:
            if !block.isFenced { Self.dropTrailingBlankLines(&block.content) }
        case .list:
            block.list.tight = Self.isTight(block)
        default:
            break
        }
        return parent
    }

    static func dropTrailingBlankLines(_ content: inout [UInt8]) {
        var end = content.count
        while end > 0 {
            var lineStart = end - 1  // the newline that ends the last line
            while lineStart > 0 && content[lineStart - 1] != MarkdownBytes.newline { lineStart -= 1 }
            if MarkdownBytes.isBlank(content, from: lineStart, to: end) { end = lineStart } else { break }
        }
        content.removeSubrange(end...)
    }

    /// A list is loose when a blank line separates its items or the blocks
    /// directly inside an item.
    static func isTight(_ list: MarkdownNode) -> Bool {
        var item = list.firstChild
        while let current = item {
            if current.lastLineBlank && current.next != nil { return false }
            var sub = current.firstChild
            while let child = sub {
                if (current.next != nil || child.next != nil) && endsWithBlankLine(child) { return false }
                sub = child.next
            }
            item = current.next
        }
        return true
    }

    static func endsWithBlankLine(_ node: MarkdownNode) -> Bool {
        var current: MarkdownNode? = node
        while let block = current {
            if block.lastLineBlank { return true }
            current = (block.kind == .list || block.kind == .item) ? block.lastChild : nil
        }
        return false
    }

    /// Strips link reference definitions from the start of a paragraph,
    /// recording them. Returns whether any content is left.
    mutating func resolveReferenceDefinitions(in paragraph: MarkdownNode) -> Bool {
        let bytes = paragraph.content
        var pos = 0
        while pos < bytes.count && bytes[pos] == UInt8(ascii: "[") {
            guard let (label, reference, next) = MarkdownLinkScanner.referenceDefinition(bytes, at: pos) else { break }
            if references[label] == nil { references[label] = reference }
            pos = next
        }
        if pos > 0 {
            paragraph.content = Array(bytes[pos...])
            if recordsSourcePositions { paragraph.sourceMap = paragraph.sourceMap.droppingPrefix(pos) }
        }
        return !MarkdownBytes.isBlank(paragraph.content, from: 0, to: paragraph.content.count)
    }
}
