extension MustacheTemplate {
    /// A `{{$block}}` written inside a `{{<parent}}`, to replace the parent's block.
    struct BlockOverride {
        let parent: String
        let block: String
        let location: SourceLocation
    }

    /// Names of the blocks this template itself can expand (not counting the
    /// templates it includes), at any depth.
    var blockNames: Set<String> {
        var names: Set<String> = []
        Self.walk(nodes) { node in
            switch node {
            case .block(let block):
                names.insert(block.name)
            case .parent(_, _, let blocks, _):
                // A replacement may itself hold blocks that a grandchild fills.
                names.formUnion(blocks.keys)
            default:
                break
            }
        }
        return names
    }

    /// Every block written inside a parent tag, in source order.
    var blockOverrides: [BlockOverride] {
        var result: [BlockOverride] = []
        Self.walk(nodes) { node in
            guard case .parent(let parent, _, let blocks, _) = node else { return }
            for block in blocks.values {
                result.append(BlockOverride(parent: parent, block: block.name, location: block.location))
            }
        }
        return result.sorted { $0.location < $1.location }
    }

    /// Visits every node, including those inside sections, blocks and the
    /// replacements of parent tags.
    static func walk(_ nodes: [MustacheNode], _ visit: (MustacheNode) -> Void) {
        for node in nodes {
            visit(node)
            switch node {
            case .section(_, let children, _, _):
                walk(children, visit)
            case .block(let block):
                walk(block.nodes, visit)
            case .parent(_, _, let blocks, _):
                for block in blocks.values { walk(block.nodes, visit) }
            case .text, .lineStart, .variable, .partial:
                continue
            }
        }
    }
}
