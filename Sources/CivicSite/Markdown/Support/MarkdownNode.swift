/// One node of the Markdown tree.
///
/// A reference type because the block parser keeps a chain of open
/// containers and the inline parser rewires siblings while matching
/// emphasis. Links are `unowned(unsafe)`: every node is kept alive by the
/// `MarkdownNodeArena`, which also keeps deallocation flat, so a document
/// with a million siblings or deep nesting never recurses in `deinit`.
final class MarkdownNode {
    var kind: MarkdownNodeKind
    unowned(unsafe) var parent: MarkdownNode?
    unowned(unsafe) var firstChild: MarkdownNode?
    unowned(unsafe) var lastChild: MarkdownNode?
    unowned(unsafe) var next: MarkdownNode?
    unowned(unsafe) var previous: MarkdownNode?

    /// Raw lines for leaf blocks; literal text for text, code and HTML.
    var content: [UInt8] = []
    var isOpen = true
    var lastLineBlank = false
    var startLine = 0

    var level = 0
    var isSetext = false
    var list = MarkdownListData()
    var fenceChar: UInt8 = 0
    var fenceLength = 0
    var fenceOffset = 0
    var info: [UInt8] = []
    var htmlBlockType = 0
    var url: [UInt8] = []
    var title: [UInt8] = []
    var alignments: [MarkdownTableAlignment] = []
    var isHeader = false
    /// A soft break between two CJK characters, rendered as nothing in Japanese mode.
    var joinsCJK = false
    /// A link or image the safe mode refused: rendered as its text only.
    var isSuppressed = false

    init(_ kind: MarkdownNodeKind) {
        self.kind = kind
    }

    var isFenced: Bool { fenceLength > 0 }
}
