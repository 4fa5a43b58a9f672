extension MustacheTemplate {
    /// A partial or parent named by a tag, with where the tag is.
    public struct Reference: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            case partial
            case parent
        }

        public var kind: Kind
        public var name: String
        public var location: SourceLocation
    }

    /// Every `{{>partial}}` and `{{<parent}}` in the template, in source order,
    /// for static checks.
    public var references: [Reference] {
        var result: [Reference] = []
        Self.collectReferences(in: nodes, into: &result)
        return result.sorted { $0.location < $1.location }
    }

    private static func collectReferences(in nodes: [MustacheNode], into result: inout [Reference]) {
        for node in nodes {
            switch node {
            case .partial(let name, _, let location):
                result.append(Reference(kind: .partial, name: name, location: location))
            case .parent(let name, _, let blocks, let location):
                result.append(Reference(kind: .parent, name: name, location: location))
                for block in blocks.values { collectReferences(in: block.nodes, into: &result) }
            case .section(_, let children, _, _):
                collectReferences(in: children, into: &result)
            case .block(let block):
                collectReferences(in: block.nodes, into: &result)
            case .text, .lineStart, .variable:
                continue
            }
        }
    }
}
