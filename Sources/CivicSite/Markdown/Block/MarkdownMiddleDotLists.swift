/// Lists written the way Japanese staff write them: lines starting with `・`.
///
/// ```
/// 持ち物：
/// ・筆記用具
/// ・上履き
/// ```
/// In a paragraph, a run of two or more consecutive lines that start with
/// `・` (or its half-width form `･`) becomes a bulleted list with one item
/// per line; the `・` and the spaces after it (full-width ones included)
/// are dropped. Lines before the run stay a paragraph before the list, and
/// lines after it a paragraph after it. A single `・` line is not a list;
/// like every line that starts with a marker it keeps its own line
/// (`MarkdownLineMarkers`). Runs after block parsing, so blank lines, real
/// Markdown lists and code blocks are what they always were.
struct MarkdownMiddleDotLists {
    let arena: MarkdownNodeArena
    let recordsSourcePositions: Bool

    func apply(to document: MarkdownNode) {
        // An explicit stack: block nesting can be tens of thousands deep.
        var stack: [MarkdownNode] = [document]
        var paragraphs: [MarkdownNode] = []
        while let node = stack.popLast() {
            var child = node.firstChild
            while let current = child {
                if current.kind == .paragraph {
                    paragraphs.append(current)
                } else if current.kind.isContainerBlock {
                    stack.append(current)
                }
                child = current.next
            }
        }
        for paragraph in paragraphs { split(paragraph) }
    }

    private struct Line {
        let start: Int
        /// Index of the line's newline.
        let end: Int
        /// Where the item text starts, for a line that starts with `・`.
        let itemStart: Int?
    }

    private func lines(of content: [UInt8]) -> [Line] {
        var result: [Line] = []
        var i = 0
        while i < content.count {
            var j = i
            while j < content.count && content[j] != MarkdownBytes.newline { j += 1 }
            var k = i
            while k < j && MarkdownBytes.isSpaceOrTab(content[k]) { k += 1 }
            let itemStart = MarkdownLineMarkers.middleDotLength(content, at: k, end: j).map { Self.skipSpaces(content, from: k + $0, to: j) }
            result.append(Line(start: i, end: j, itemStart: itemStart))
            i = j + 1
        }
        return result
    }

    /// Past spaces, tabs and full-width spaces (U+3000).
    private static func skipSpaces(_ content: [UInt8], from start: Int, to end: Int) -> Int {
        var i = start
        while i < end {
            if MarkdownBytes.isSpaceOrTab(content[i]) {
                i += 1
            } else if i + 3 <= end && content[i] == 0xE3 && content[i + 1] == 0x80 && content[i + 2] == 0x80 {
                i += 3
            } else {
                break
            }
        }
        return i
    }

    private func split(_ paragraph: MarkdownNode) {
        let content = paragraph.content
        let lines = lines(of: content)
        var pieces: [MarkdownNode] = []
        var textFrom: Int? = nil
        var index = 0
        while index < lines.count {
            guard lines[index].itemStart != nil, index + 1 < lines.count, lines[index + 1].itemStart != nil else {
                if textFrom == nil { textFrom = index }
                index += 1
                continue
            }
            if let from = textFrom { pieces.append(makeParagraph(paragraph, from: lines[from].start, to: lines[index - 1].end + 1)) }
            textFrom = nil
            let list = arena.make(.list)
            list.isOpen = false
            list.list = MarkdownListData(ordered: false, bulletChar: 0, delimiter: 0, start: 1, padding: 0, markerOffset: 0, tight: true)
            while index < lines.count, let itemStart = lines[index].itemStart {
                let item = arena.make(.item)
                item.isOpen = false
                item.append(makeParagraph(paragraph, from: itemStart, to: lines[index].end + 1))
                list.append(item)
                index += 1
            }
            pieces.append(list)
        }
        guard !pieces.isEmpty else { return }
        if let from = textFrom { pieces.append(makeParagraph(paragraph, from: lines[from].start, to: content.count)) }
        for piece in pieces { paragraph.insertBefore(piece) }
        paragraph.unlink()
    }

    /// A closed paragraph holding `source.content[from..<to]`.
    private func makeParagraph(_ source: MarkdownNode, from: Int, to: Int) -> MarkdownNode {
        let node = arena.make(.paragraph)
        node.isOpen = false
        node.content = Array(source.content[from..<min(to, source.content.count)])
        if recordsSourcePositions { node.sourceMap = source.sourceMap.slice(from: from, to: to) }
        return node
    }
}
