/// GFM extended autolinks: `https://…`, `http://…` and `www.…` typed
/// without angle brackets become links, as when text is pasted from an e-mail.
///
/// With the Japanese body rules (`MarkdownOptions.japaneseBodyRules`) the
/// rules are those of text Japanese staff write: a scheme URL links after
/// any character but an ASCII letter or digit (`URL:https://…`,
/// `ホームページ：https://…`), `www.` without a scheme is prose and stays
/// text, bare e-mail addresses link as in GFM's extended e-mail autolinks,
/// and a URL cut short by Japanese text attached to its path is reported
/// (`cuts`) so that `check` can suggest `<https://…>`.
struct MarkdownBareURLLinker {
    let arena: MarkdownNodeArena
    let japanese: Bool
    /// URLs that stopped at Japanese text attached to their path.
    var cuts: [MarkdownURLCut] = []

    init(arena: MarkdownNodeArena, japanese: Bool) {
        self.arena = arena
        self.japanese = japanese
    }

    /// Links bare URLs in the text of `block`, outside existing links and code.
    mutating func link(in block: MarkdownNode) {
        var stack: [MarkdownNode] = [block]
        while let node = stack.popLast() {
            var child = node.firstChild
            while let current = child {
                child = current.next
                switch current.kind {
                case .text:
                    let pieces = mergeFollowingText(into: current)
                    child = current.next
                    linkText(current, pieces: pieces)
                case .emphasis, .strong, .strikethrough:
                    stack.append(current)
                default:
                    break
                }
            }
        }
    }

    /// Where the text of a merged node came from: each piece starts at
    /// `merged` in the merged text and at `source` in the block's content.
    struct Piece {
        let merged: Int
        let source: Int
    }

    /// Joins the text nodes that follow `node` into it, so that a URL split
    /// by the inline parser (at `_`, `*`, `!` or an entity) is seen whole.
    private func mergeFollowingText(into node: MarkdownNode) -> [Piece] {
        var pieces = [Piece(merged: 0, source: Int(node.sourceOffset))]
        while let next = node.next, next.kind == .text {
            let last = pieces[pieces.count - 1]
            let contiguous = last.source >= 0 && Int(next.sourceOffset) == last.source + (node.content.count - last.merged)
            if !contiguous { pieces.append(Piece(merged: node.content.count, source: Int(next.sourceOffset))) }
            node.content.append(contentsOf: next.content)
            next.unlink()
        }
        return pieces
    }

    /// The offset in the block's content of merged-text offset `i`, or -1.
    private func contentOffset(of i: Int, in pieces: [Piece]) -> Int {
        var lo = 1, hi = pieces.count  // the last piece starting at or before i
        while lo < hi {
            let mid = (lo + hi) / 2
            if pieces[mid].merged <= i { lo = mid + 1 } else { hi = mid }
        }
        let piece = pieces[lo - 1]
        return piece.source < 0 ? -1 : piece.source + (i - piece.merged)
    }

    /// Splits one text node around each URL and e-mail address it contains.
    private mutating func linkText(_ node: MarkdownNode, pieces: [Piece]) {
        let text = node.content
        var i = 0
        var segmentStart = 0
        var current = node
        var out: [MarkdownNode] = []
        while i < text.count {
            let c = text[i]
            var match: (start: Int, end: Int, url: [UInt8])? = nil
            if c == UInt8(ascii: "@") {
                if japanese, let (start, end) = emailMatch(text, at: i, from: segmentStart) {
                    match = (start, end, Array("mailto:".utf8) + text[start..<end])
                }
            } else if let (end, prefix) = urlMatch(text, at: i) {
                match = (i, end, prefix + text[i..<end])
                if japanese, let cut = cut(text, url: i, end: end) {
                    cuts.append(MarkdownURLCut(offset: contentOffset(of: i, in: pieces),
                                               linked: Array(text[i..<end]), leftOver: Array(text[end..<cut])))
                }
            }
            guard let (start, end, url) = match else {
                i += 1
                continue
            }
            if start > segmentStart { out.append(arena.text(Array(text[segmentStart..<start]))) }
            let link = arena.make(.link)
            link.url = url
            link.append(arena.text(Array(text[start..<end])))
            out.append(link)
            i = end
            segmentStart = end
        }
        guard !out.isEmpty else { return }
        if segmentStart < text.count { out.append(arena.text(Array(text[segmentStart...]))) }
        for piece in out {
            current.insertAfter(piece)
            current = piece
        }
        node.unlink()
    }
}

/// A bare URL that stopped at Japanese text attached to its path, such as
/// `https://ja.wikipedia.org/wiki/東京都`: `linked` became the link,
/// `leftOver` stayed text though it was probably meant as part of it.
struct MarkdownURLCut {
    /// Where the URL starts: in its block's content as the linker finds
    /// it, in the parser's buffer once `MarkdownInlineProcessor` has mapped
    /// it; -1 if unknown.
    let offset: Int
    let linked: [UInt8]
    let leftOver: [UInt8]
}
