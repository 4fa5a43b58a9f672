/// An entry of the delimiter stack: a run of `*`, `_` or `~` that may open
/// or close emphasis. Entries form a doubly linked list by index so that
/// removal is O(1).
struct MarkdownDelimiter {
    unowned(unsafe) let node: MarkdownNode
    let char: UInt8
    var count: Int
    let originalCount: Int
    let canOpen: Bool
    let canClose: Bool
    var previous: Int
    var next = -1
}
