/// Phase two of CommonMark parsing: turns the raw text of one leaf block
/// into inline nodes, using a delimiter stack for emphasis and a bracket
/// stack for links (spec appendix A).
struct MarkdownInlineParser {
    let arena: MarkdownNodeArena
    let options: MarkdownOptions
    let references: [[UInt8]: MarkdownReference]
    let bytes: [UInt8]
    let end: Int
    let container: MarkdownNode
    var pos = 0

    var delimiters: [MarkdownDelimiter] = []
    var lastDelimiter = -1
    var brackets: [MarkdownBracket] = []
    /// Non-image brackets below this index are inactive: links may not contain links.
    var activeLinksFrom = 0
    var html = MarkdownRawHTMLScanner()
    var backtickRuns: [Int: [Int]]? = nil
    var backtickCursor: [Int: Int] = [:]

    init(arena: MarkdownNodeArena, options: MarkdownOptions, references: [[UInt8]: MarkdownReference],
         text: [UInt8], into container: MarkdownNode) {
        self.arena = arena
        self.options = options
        self.references = references
        self.container = container
        var end = text.count
        while end > 0 && MarkdownBytes.isWhitespace(text[end - 1]) { end -= 1 }
        var start = 0
        while start < end && MarkdownBytes.isSpaceOrTab(text[start]) { start += 1 }
        self.bytes = text
        self.end = end
        self.pos = start
    }

    mutating func parse() {
        let extensions = options.extensions
        while pos < end {
            let c = bytes[pos]
            switch c {
            case MarkdownBytes.newline: handleNewline()
            case UInt8(ascii: "\\"): handleBackslash()
            case UInt8(ascii: "`"): handleBackticks()
            case UInt8(ascii: "&"): handleEntity()
            case UInt8(ascii: "<"): handleLeftAngle()
            case UInt8(ascii: "*"), UInt8(ascii: "_"): handleDelimiterRun(c)
            case UInt8(ascii: "~") where extensions: handleDelimiterRun(c)
            case UInt8(ascii: "["):
                pos += 1
                pushBracket(addText(bytes[(pos - 1)..<pos]), isImage: false)
            case UInt8(ascii: "!") where pos + 1 < end && bytes[pos + 1] == UInt8(ascii: "["):
                pos += 2
                pushBracket(addText(bytes[(pos - 2)..<pos]), isImage: true)
            case UInt8(ascii: "]"): handleCloseBracket()
            default: handleText()
            }
        }
        processEmphasis(stackBottom: -1)
    }

    @discardableResult
    mutating func addText(_ text: ArraySlice<UInt8>) -> MarkdownNode {
        let node = arena.text(Array(text))
        node.sourceOffset = Int32(truncatingIfNeeded: text.startIndex)
        container.append(node)
        return node
    }

    @discardableResult
    mutating func add(_ kind: MarkdownNodeKind) -> MarkdownNode {
        let node = arena.make(kind)
        container.append(node)
        return node
    }

    @inline(__always) static func isSpecial(_ c: UInt8, extensions: Bool) -> Bool {
        switch c {
        case MarkdownBytes.newline, UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "&"), UInt8(ascii: "<"),
             UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "!"):
            return true
        case UInt8(ascii: "~"):
            return extensions
        default:
            return false
        }
    }

    mutating func handleText() {
        let start = pos
        pos += 1
        let extensions = options.extensions
        while pos < end && !Self.isSpecial(bytes[pos], extensions: extensions) { pos += 1 }
        var stop = pos
        if pos < end && bytes[pos] == MarkdownBytes.newline {
            while stop > start && MarkdownBytes.isSpaceOrTab(bytes[stop - 1]) { stop -= 1 }
        }
        if stop > start { addText(bytes[start..<stop]) }
    }

    mutating func handleNewline() {
        let newline = pos
        let hard = newline >= 2 && bytes[newline - 1] == MarkdownBytes.space && bytes[newline - 2] == MarkdownBytes.space
        pos += 1
        while pos < end && MarkdownBytes.isSpaceOrTab(bytes[pos]) { pos += 1 }
        let keepsLines = !hard && options.japaneseBodyRules && container.kind == .paragraph
            && separatesMarkerLine(newline: newline, next: pos)
        let node = add(hard || keepsLines ? .hardBreak : .softBreak)
        if !hard && !keepsLines && options.japanese {
            node.joinsCJK = joinsCJK(before: newline, after: pos)
        }
    }

    /// Whether the line after a break, or the line before it, starts with a
    /// marker such as `※` or `１．` (`MarkdownLineMarkers`): staff mean those
    /// lines to stand alone, and joining them made one run-on line.
    func separatesMarkerLine(newline: Int, next: Int) -> Bool {
        if MarkdownLineMarkers.startsWithMarker(bytes, at: next, end: end) { return true }
        var lineStart = newline
        while lineStart > 0 && bytes[lineStart - 1] != MarkdownBytes.newline { lineStart -= 1 }
        return MarkdownLineMarkers.startsWithMarker(bytes, at: lineStart, end: newline)
    }

    /// Whether the characters either side of a line break are both CJK,
    /// looking through emphasis markers such as `**重要**` at a line's end.
    func joinsCJK(before: Int, after: Int) -> Bool {
        var left = before
        while left > 0 && Self.isEmphasisMarker(bytes[left - 1]) { left -= 1 }
        var right = after
        while right < end && Self.isEmphasisMarker(bytes[right]) { right += 1 }
        guard let l = MarkdownScalars.scalar(in: bytes, before: left, start: 0),
              let r = MarkdownScalars.scalar(in: bytes, at: right, end: end) else { return false }
        return MarkdownScalars.isCJK(l) && MarkdownScalars.isCJK(r)
    }

    @inline(__always) static func isEmphasisMarker(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "*") || c == UInt8(ascii: "_") || c == UInt8(ascii: "~")
    }

    mutating func handleBackslash() {
        pos += 1
        if pos < end && bytes[pos] == MarkdownBytes.newline {
            pos += 1
            while pos < end && MarkdownBytes.isSpaceOrTab(bytes[pos]) { pos += 1 }
            add(.hardBreak)
        } else if pos < end && MarkdownBytes.isASCIIPunctuation(bytes[pos]) {
            pos += 1
            addText(bytes[(pos - 1)..<pos])
        } else {
            addText(bytes[(pos - 1)..<pos])
        }
    }

    mutating func handleEntity() {
        if let (value, next) = MarkdownEntityTable.decode(bytes, at: pos, end: end) {
            addText(value[...]).sourceOffset = Int32(truncatingIfNeeded: pos)
            pos = next
        } else {
            pos += 1
            addText(bytes[(pos - 1)..<pos])
        }
    }
}
