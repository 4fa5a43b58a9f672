/// One node of the Markdown tree.
///
/// A reference type because the block parser keeps a chain of open
/// containers and the inline parser rewires siblings while matching
/// emphasis. Links are `unowned(unsafe)`: every node is kept alive by the
/// `MarkdownNodeArena`, which also keeps deallocation flat, so a document
/// with a million siblings or deep nesting never recurses in `deinit`.
///
/// Kept small because a large document has millions of nodes: what only a
/// few kinds need lives in `MarkdownNodeExtra`, created on first use.
final class MarkdownNode {
    var kind: MarkdownNodeKind
    var isOpen = true
    var lastLineBlank = false
    var isSetext = false
    var isHeader = false
    /// A soft break between two CJK characters, rendered as nothing in Japanese mode.
    var joinsCJK = false
    /// A link or image the safe mode refused: rendered as its text only.
    var isSuppressed = false
    var level: UInt8 = 0
    var startLine: Int32 = 0
    /// For text: where it starts in its leaf block's content (for a decoded
    /// entity, where its `&` is), or -1. Fits in the padding after
    /// `startLine`, so nodes do not grow.
    var sourceOffset: Int32 = -1
    unowned(unsafe) var parent: MarkdownNode?
    unowned(unsafe) var firstChild: MarkdownNode?
    unowned(unsafe) var lastChild: MarkdownNode?
    unowned(unsafe) var next: MarkdownNode?
    unowned(unsafe) var previous: MarkdownNode?

    /// Raw lines for leaf blocks; literal text for text, code and HTML.
    var content: [UInt8] = []
    private var extra: MarkdownNodeExtra?

    init(_ kind: MarkdownNodeKind) {
        self.kind = kind
    }

    private var ensuredExtra: MarkdownNodeExtra {
        if let extra { return extra }
        let made = MarkdownNodeExtra()
        extra = made
        return made
    }

    var list: MarkdownListData {
        get { extra?.list ?? MarkdownListData() }
        set { ensuredExtra.list = newValue }
    }
    var fenceChar: UInt8 {
        get { extra?.fenceChar ?? 0 }
        set { ensuredExtra.fenceChar = newValue }
    }
    var fenceLength: Int {
        get { extra?.fenceLength ?? 0 }
        set { ensuredExtra.fenceLength = newValue }
    }
    var fenceOffset: Int {
        get { extra?.fenceOffset ?? 0 }
        set { ensuredExtra.fenceOffset = newValue }
    }
    var info: [UInt8] {
        get { extra?.info ?? [] }
        set { ensuredExtra.info = newValue }
    }
    var htmlBlockType: Int {
        get { extra?.htmlBlockType ?? 0 }
        set { ensuredExtra.htmlBlockType = newValue }
    }
    var url: [UInt8] {
        get { extra?.url ?? [] }
        set { ensuredExtra.url = newValue }
    }
    var title: [UInt8] {
        get { extra?.title ?? [] }
        set { ensuredExtra.title = newValue }
    }
    /// For leaf blocks when positions are recorded: where their content
    /// came from in the source.
    var sourceMap: MarkdownSourceMap {
        get { extra?.sourceMap ?? MarkdownSourceMap() }
        set { ensuredExtra.sourceMap = newValue }
    }
    /// Records that content from offset `content` on was copied from `source`
    /// (in place: going through `sourceMap` would copy the anchors each time).
    func appendSourceAnchor(content: Int, source: Int) {
        ensuredExtra.sourceMap.append(content: content, source: source)
    }
    var alignments: [MarkdownTableAlignment] {
        get { extra?.alignments ?? [] }
        set { ensuredExtra.alignments = newValue }
    }
    /// The rows of a table so far, its header included: with the columns,
    /// the cells it will have once short rows are padded.
    var tableRows: Int {
        get { extra?.tableRows ?? 0 }
        set { ensuredExtra.tableRows = newValue }
    }

    var isFenced: Bool { fenceLength > 0 }
}
