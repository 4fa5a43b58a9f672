/// Looking at and classifying the scalars around the cursor.
extension FrontMatterReader {
    func at(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    var current: Unicode.Scalar? { at(pos) }

    static func isBlank(_ c: Unicode.Scalar?) -> Bool { c == " " || c == "\t" }

    /// A space, a tab, a line break or the end of the text.
    static func isWhiteOrEnd(_ c: Unicode.Scalar?) -> Bool {
        c == nil || c == " " || c == "\t" || c == "\n"
    }

    static func isFlowIndicator(_ c: Unicode.Scalar?) -> Bool {
        c == "," || c == "[" || c == "]" || c == "{" || c == "}"
    }

    /// `-` followed by white space: the start of a block sequence entry.
    func isDash(at index: Int) -> Bool {
        at(index) == "-" && Self.isWhiteOrEnd(at(index + 1))
    }

    /// Whether `index` is the first scalar of a line.
    func isLineStart(_ index: Int) -> Bool {
        index == 0 || at(index - 1) == "\n"
    }

    /// The index of the line break ending the line of `index`, or the end.
    func lineEnd(from index: Int) -> Int {
        var end = index
        while end < scalars.count && scalars[end] != "\n" { end += 1 }
        return end
    }

    /// The index of the first scalar of the line after the one holding `index`.
    func nextLineStart(after index: Int) -> Int {
        min(lineEnd(from: index) + 1, scalars.count)
    }

    /// The 0-based column of `index` within its line.
    func column(of index: Int) -> Int {
        location(index).column - 1
    }

    mutating func skipBlanks() {
        while Self.isBlank(current) { pos += 1 }
    }

    func text(_ range: Range<Int>) -> String {
        var builder = FrontMatterTextBuilder()
        builder.append(contentsOf: scalars[range])
        return builder.string
    }

    /// A short quotation of the text at `index` for a message, up to the end
    /// of the line, a comment, or about 30 characters.
    func excerpt(at index: Int, limit: Int = 30) -> String {
        var end = index
        while end < scalars.count && scalars[end] != "\n" {
            if scalars[end] == "#" && end > index && Self.isBlank(scalars[end - 1]) { break }
            end += 1
        }
        while end > index && Self.isBlank(scalars[end - 1]) { end -= 1 }
        if end - index > limit { return text(index..<(index + limit)) + "…" }
        return text(index..<end)
    }

    /// The word at `index` up to white space or a flow indicator, for naming
    /// an anchor, alias, tag or directive in a message.
    func word(at index: Int) -> String {
        var end = index + 1
        while end < scalars.count && end - index < 30
            && !Self.isWhiteOrEnd(scalars[end]) && !Self.isFlowIndicator(scalars[end]) {
            end += 1
        }
        return text(index..<end)
    }
}
