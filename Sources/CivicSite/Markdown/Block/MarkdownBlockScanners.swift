/// Recognisers for the line-level block markers. Each looks at
/// `bytes[at..<end]`, the rest of one line, and never allocates.
enum MarkdownBlockScanners {
    /// `#` to `######` then a space, tab or the line end: the level and where the text starts.
    static func atxHeading(_ bytes: [UInt8], at start: Int, end: Int) -> (Int, Int)? {
        var i = start
        while i < end && bytes[i] == UInt8(ascii: "#") { i += 1 }
        let level = i - start
        guard level >= 1 && level <= 6 else { return nil }
        guard i == end || MarkdownBytes.isSpaceOrTab(bytes[i]) else { return nil }
        while i < end && MarkdownBytes.isSpaceOrTab(bytes[i]) { i += 1 }
        return (level, i)
    }

    /// Where an ATX heading's text ends once the optional closing `#`s are dropped.
    static func atxContentEnd(_ bytes: [UInt8], from start: Int, end: Int) -> Int {
        var e = end
        while e > start && MarkdownBytes.isSpaceOrTab(bytes[e - 1]) { e -= 1 }
        var h = e
        while h > start && bytes[h - 1] == UInt8(ascii: "#") { h -= 1 }
        guard h < e else { return e }
        if h == start { return start }
        guard MarkdownBytes.isSpaceOrTab(bytes[h - 1]) else { return e }
        while h > start && MarkdownBytes.isSpaceOrTab(bytes[h - 1]) { h -= 1 }
        return h
    }

    /// Three or more backticks or tildes; a backtick fence's info may not contain backticks.
    static func openingFence(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        let c = bytes[start]
        var i = start
        while i < end && bytes[i] == c { i += 1 }
        let length = i - start
        guard length >= 3 else { return nil }
        if c == UInt8(ascii: "`") {
            while i < end {
                if bytes[i] == UInt8(ascii: "`") { return nil }
                i += 1
            }
        }
        return length
    }

    /// A run of `char` followed only by spaces or tabs: its length.
    static func closingFence(_ bytes: [UInt8], at start: Int, end: Int, char: UInt8) -> Int? {
        var i = start
        while i < end && bytes[i] == char { i += 1 }
        let length = i - start
        guard length >= 3 else { return nil }
        while i < end && MarkdownBytes.isSpaceOrTab(bytes[i]) { i += 1 }
        return i == end ? length : nil
    }

    /// `===` gives level 1, `---` level 2; trailing spaces allowed, nothing else.
    static func setextUnderline(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        guard start < end else { return nil }
        let c = bytes[start]
        guard c == UInt8(ascii: "=") || c == UInt8(ascii: "-") else { return nil }
        var i = start
        while i < end && bytes[i] == c { i += 1 }
        while i < end && MarkdownBytes.isSpaceOrTab(bytes[i]) { i += 1 }
        guard i == end else { return nil }
        return c == UInt8(ascii: "=") ? 1 : 2
    }

    /// Three or more `*`, `-` or `_`, the same character, with only spaces or
    /// tabs between. Also returns where the scan stopped.
    static func thematicBreak(_ bytes: [UInt8], at start: Int, end: Int) -> (Bool, Int) {
        guard start < end else { return (false, start) }
        let c = bytes[start]
        guard c == UInt8(ascii: "*") || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") else { return (false, start) }
        var count = 0
        var i = start
        while i < end {
            let b = bytes[i]
            if b == c { count += 1 } else if !MarkdownBytes.isSpaceOrTab(b) { return (false, i) }
            i += 1
        }
        return (count >= 3, end + 1)
    }

    /// A bullet or ordered list marker: what it says about the list, and its
    /// width. The caller works out the padding from the spaces that follow.
    static func listMarker(_ bytes: [UInt8], at start: Int, end: Int, interruptsParagraph: Bool) -> (MarkdownListData, Int)? {
        guard start < end else { return nil }
        var data = MarkdownListData()
        var i = start
        let c = bytes[i]
        if c == UInt8(ascii: "*") || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") {
            i += 1
            data.bulletChar = c
        } else if MarkdownBytes.isDigit(c) {
            var value = 0
            while i < end && i - start < 9 && MarkdownBytes.isDigit(bytes[i]) {
                value = value * 10 + Int(bytes[i] - 0x30)
                i += 1
            }
            guard i < end, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ")") else { return nil }
            if interruptsParagraph && value != 1 { return nil }
            data.ordered = true
            data.start = value
            data.delimiter = bytes[i]
            i += 1
        } else {
            return nil
        }
        guard i == end || MarkdownBytes.isSpaceOrTab(bytes[i]) else { return nil }
        if interruptsParagraph && MarkdownBytes.isBlank(bytes, from: i, to: end) { return nil }
        return (data, i - start)
    }
}
