/// Owns every node of one render, so the tree's links can stay unowned and
/// nodes are freed in one flat sweep.
final class MarkdownNodeArena {
    private(set) var nodes: [MarkdownNode] = []

    func make(_ kind: MarkdownNodeKind) -> MarkdownNode {
        let node = MarkdownNode(kind)
        nodes.append(node)
        return node
    }

    func text(_ bytes: [UInt8]) -> MarkdownNode {
        let node = make(.text)
        node.content = bytes
        return node
    }
}
