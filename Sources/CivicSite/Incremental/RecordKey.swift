/// One record of the site by kind and slug, e.g. `groups/sakura-kai`.
public struct RecordKey: Hashable, Sendable, CustomStringConvertible {
    public var kind: RecordKind
    public var slug: String

    public init(_ kind: RecordKind, _ slug: String) {
        self.kind = kind
        self.slug = slug
    }

    public var description: String { "\(kind.rawValue)/\(slug)" }
}
