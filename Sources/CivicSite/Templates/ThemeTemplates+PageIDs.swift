extension ThemeTemplates {
    /// The `id`s written literally in the templates (`literalIDs`).
    static func literalIDs(layouts: [String: MustacheTemplate], partials: [String: MustacheTemplate]) -> Set<String> {
        var ids: Set<String> = []
        for template in Array(layouts.values) + Array(partials.values) {
            Self.collectIDs(template.nodes, into: &ids)
        }
        return ids
    }

    private static func collectIDs(_ nodes: [MustacheNode], into ids: inout Set<String>) {
        for node in nodes {
            switch node {
            case .text(let text): scanIDs(text, into: &ids)
            case .section(_, let children, _, _): collectIDs(children, into: &ids)
            case .parent(_, _, let blocks, _): for block in blocks.values { collectIDs(block.nodes, into: &ids) }
            case .block(let block): collectIDs(block.nodes, into: &ids)
            case .lineStart, .variable, .partial: break
            }
        }
    }

    /// `id="…"` values with no template tag inside them.
    private static func scanIDs(_ text: String, into ids: inout Set<String>) {
        var rest = Substring(text)
        while let start = rest.range(of: " id=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { return }
            let value = rest[..<end]
            if !value.isEmpty, !value.contains("{") { ids.insert(String(value)) }
            rest = rest[rest.index(after: end)...]
        }
    }
}
