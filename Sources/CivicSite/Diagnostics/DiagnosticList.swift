/// Problems collected over a whole run, so that every one is reported at once
/// rather than stopping at the first.
public struct DiagnosticList: Sendable, Error, CustomStringConvertible {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) {
        self.items = items
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        items.append(contentsOf: other)
    }

    public mutating func append(contentsOf other: DiagnosticList) {
        items.append(contentsOf: other.items)
    }

    public var errors: [Diagnostic] { items.filter(\.isError) }
    public var warnings: [Diagnostic] { items.filter { !$0.isError } }
    public var hasErrors: Bool { items.contains(where: \.isError) }
    public var isEmpty: Bool { items.isEmpty }

    /// Sorted by file, line and column; ties keep the order they were found in.
    public var sorted: [Diagnostic] {
        items.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }

    public var description: String {
        sorted.map(\.description).joined(separator: "\n")
    }
}
