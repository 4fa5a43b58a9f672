/// Phase one of CommonMark parsing: splits the input into lines and builds
/// the tree of blocks, keeping the raw text of leaf blocks for phase two.
///
/// Follows the spec's two-phase strategy: for each line, match the open
/// containers, open new blocks, then add the rest of the line to the tip.
/// Offsets are absolute indices into `buf`; the current line is
/// `buf[lineStart..<lineEnd]` without its line ending.
struct MarkdownBlockParser {
    let arena: MarkdownNodeArena
    let options: MarkdownOptions
    /// Reference definitions by normalised label; the first definition wins.
    var references: [[UInt8]: MarkdownReference] = [:]

    var buf: [UInt8] = []
    var lineStart = 0
    var lineEnd = 0
    var lineNumber: Int32 = 0
    var offset = 0
    var column = 0
    var firstNonspace = 0
    var firstNonspaceColumn = 0
    var indent = 0
    var blank = false
    var partiallyConsumedTab = false
    /// A thematic break scan that failed at this index rules out any later
    /// start before it on the same line, which keeps `- - - - …` linear.
    var thematicBreakKillPosition = 0
    /// Counts every change to the chain of open blocks (a block opened,
    /// closed or turned into another kind), so that what was learnt about
    /// the chain can be reused until it changes.
    var structureVersion = 0
    /// Where a line used up before the innermost container stopped matching
    /// (see `MarkdownBlockParser+UsedUpLines.swift`).
    var usedUpLineMatch: MarkdownUsedUpLineMatch? = nil
    /// Every block above this one has a clear blank-line flag, so clearing
    /// the flags above a container can stop here.
    unowned(unsafe) var blankFlagsClearAbove: MarkdownNode? = nil
    /// Where a limit on tables or nesting changed how a line was read
    /// (see `MarkdownBlockParser+Limits.swift`).
    var limitHits: [MarkdownLimitHit] = []
    /// Set while matching a line that would have been a row of this many
    /// columns, had its table had room.
    var tableStoppedAtLimit: Int? = nil
    var lastNestingLimitLine: Int32 = -1
    /// Whether leaf blocks remember where their content came from, for notices.
    let recordsSourcePositions: Bool
    let root: MarkdownNode
    var tip: MarkdownNode

    init(arena: MarkdownNodeArena, options: MarkdownOptions, recordsSourcePositions: Bool = false) {
        self.arena = arena
        self.options = options
        self.recordsSourcePositions = recordsSourcePositions
        root = arena.make(.document)
        tip = root
    }

    mutating func parse(_ input: [UInt8]) -> MarkdownNode {
        buf = input
        if buf.contains(0) { buf = Self.replacingNUL(buf) }
        var i = 0
        let count = buf.count
        while i < count {
            var j = i
            while j < count && buf[j] != MarkdownBytes.newline && buf[j] != MarkdownBytes.carriageReturn { j += 1 }
            lineStart = i
            lineEnd = j
            lineNumber += 1
            processLine()
            if j < count {
                j += (buf[j] == MarkdownBytes.carriageReturn && j + 1 < count && buf[j + 1] == MarkdownBytes.newline) ? 2 : 1
            }
            i = j
        }
        var node: MarkdownNode? = tip
        while let open = node {
            node = finalize(open)
            if open === root { break }
        }
        return root
    }

    /// NUL is insecure in HTML; the spec replaces it with U+FFFD.
    static func replacingNUL(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        for b in bytes {
            if b == 0 { out.append(contentsOf: [0xEF, 0xBF, 0xBD]) } else { out.append(b) }
        }
        return out
    }

    @inline(__always) func peek(_ i: Int) -> UInt8 {
        i < lineEnd ? buf[i] : MarkdownBytes.newline
    }

    /// Finds the first non-space character at or after `offset`. While
    /// `offset` is still inside the whitespace scanned last time the answer
    /// is the same, so it is reused, as cmark does: every container of a
    /// line indented by 2n spaces would otherwise rescan them, which made
    /// lists nested by indentation cubic in their depth.
    mutating func findFirstNonspace() {
        if firstNonspace > offset {
            indent = firstNonspaceColumn - column
            blank = firstNonspace >= lineEnd
            return
        }
        var charsToTab = 4 - (column % 4)
        var i = offset
        var col = column
        while i < lineEnd {
            let c = buf[i]
            if c == MarkdownBytes.space {
                i += 1
                col += 1
                charsToTab -= 1
                if charsToTab == 0 { charsToTab = 4 }
            } else if c == MarkdownBytes.tab {
                i += 1
                col += charsToTab
                charsToTab = 4
            } else {
                break
            }
        }
        firstNonspace = i
        firstNonspaceColumn = col
        indent = col - column
        blank = i >= lineEnd
    }

    /// Advances by `count` characters, or by `count` columns when `columns`
    /// is set, in which case a tab may be consumed only partly.
    mutating func advance(_ count: Int, columns: Bool) {
        var count = count
        while count > 0 && offset < lineEnd {
            if buf[offset] == MarkdownBytes.tab {
                let charsToTab = 4 - (column % 4)
                if columns {
                    partiallyConsumedTab = charsToTab > count
                    let step = min(count, charsToTab)
                    column += step
                    if !partiallyConsumedTab { offset += 1 }
                    count -= step
                } else {
                    partiallyConsumedTab = false
                    column += charsToTab
                    offset += 1
                    count -= 1
                }
            } else {
                partiallyConsumedTab = false
                offset += 1
                column += 1
                count -= 1
            }
        }
    }

    /// Adds a block under `parent`, closing open blocks that cannot hold it.
    mutating func addChild(_ kind: MarkdownNodeKind, to parent: MarkdownNode) -> MarkdownNode {
        var parent = parent
        while !parent.kind.canContain(kind) {
            guard let up = finalize(parent) else { break }
            parent = up
        }
        let child = arena.make(kind)
        child.startLine = lineNumber
        parent.append(child)
        structureVersion += 1
        return child
    }

    /// Appends the rest of the line, expanding a partly consumed tab into spaces.
    mutating func addLine(to node: MarkdownNode) {
        if partiallyConsumedTab {
            offset += 1
            let charsToTab = 4 - (column % 4)
            node.content.append(contentsOf: repeatElement(MarkdownBytes.space, count: charsToTab))
        }
        if recordsSourcePositions { node.appendSourceAnchor(content: node.content.count, source: offset) }
        if offset < lineEnd { node.content.append(contentsOf: buf[offset..<lineEnd]) }
        node.content.append(MarkdownBytes.newline)
    }
}
