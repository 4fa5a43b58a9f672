/// Where the content of a leaf block came from in the source, so that a
/// notice can name the line and column of what it is about.
///
/// The content of a paragraph is its lines without their container markers
/// and indentation; each line is one anchor, and within a line content and
/// source advance together. Table cells add an anchor after each `\|`,
/// which loses a byte. Offsets are into the parser's buffer.
struct MarkdownSourceMap: Equatable {
    struct Anchor: Equatable {
        /// Offset in the content.
        var content: Int
        /// Offset in the source of the same byte.
        var source: Int
    }

    private(set) var anchors: [Anchor] = []

    var isEmpty: Bool { anchors.isEmpty }

    mutating func append(content: Int, source: Int) {
        if let last = anchors.last, last.content == content { anchors.removeLast() }
        anchors.append(Anchor(content: content, source: source))
    }

    /// The source offset of content offset `offset`, or nil without anchors.
    func source(of offset: Int) -> Int? {
        let lo = firstAnchor(after: offset)
        guard lo > 0 else { return anchors.first.map { $0.source } }
        let anchor = anchors[lo - 1]
        return anchor.source + (offset - anchor.content)
    }

    /// The map of `content[from..<to]` taken out as content of its own.
    func slice(from: Int, to: Int) -> MarkdownSourceMap {
        guard let start = source(of: from) else { return MarkdownSourceMap() }
        var result = MarkdownSourceMap()
        result.anchors.append(Anchor(content: 0, source: start))
        var k = firstAnchor(after: from)
        while k < anchors.count && anchors[k].content < to {
            result.anchors.append(Anchor(content: anchors[k].content - from, source: anchors[k].source))
            k += 1
        }
        return result
    }

    /// The index of the first anchor whose content offset is above `offset`.
    private func firstAnchor(after offset: Int) -> Int {
        var lo = 0, hi = anchors.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if anchors[mid].content <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The map after the content's first `count` bytes were removed.
    func droppingPrefix(_ count: Int) -> MarkdownSourceMap {
        slice(from: count, to: Int.max)
    }

    /// `inner` maps into this map's content; the result maps straight to the source.
    func composed(with inner: MarkdownSourceMap) -> MarkdownSourceMap {
        var result = MarkdownSourceMap()
        for anchor in inner.anchors {
            if let source = source(of: anchor.source) {
                result.anchors.append(Anchor(content: anchor.content, source: source))
            }
        }
        return result
    }
}
