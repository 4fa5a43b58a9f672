/// Reads the entries of one front-matter mapping, remembering where every key
/// was written and which keys were read, so that a decoder can report every
/// problem of a record in one pass and warn about keys nobody asked for.
public struct KeyedNode: Sendable {
    /// The file as shown in messages.
    public let path: String
    /// The dotted name of this mapping inside the record (`contact`), or nil
    /// for the front matter itself; used to name keys in messages.
    public let name: String?
    /// Where a missing required key is reported.
    public let missingLocation: SourceLocation
    let entries: [FrontMatterEntry]
    private(set) var readKeys: Set<String> = []
    public internal(set) var diagnostics: [Diagnostic] = []
    /// Locations by qualified key (`contact.email`, `fields[0]` for list items).
    public internal(set) var keyLocations: [String: SourceLocation] = [:]

    public init(entries: [FrontMatterEntry], path: String, name: String? = nil, missingLocation: SourceLocation? = nil) {
        self.entries = entries
        self.path = path
        self.name = name
        self.missingLocation = missingLocation ?? .file(path)
        for entry in entries where keyLocations[qualified(entry.key)] == nil {
            keyLocations[qualified(entry.key)] = entry.keyLocation
        }
    }

    /// A decoder over `node`, which must be a mapping; anything else is
    /// reported and read as an empty mapping so the other checks still run.
    public init(node: FrontMatterNode?, path: String) {
        self.init(entries: node?.entries ?? [], path: path)
        if let node, node.entries == nil, node.value != .null {
            report(.error(at: node.location, "the front matter must be a list of 'key: value' lines, found \(node.kindDescription)"))
        }
    }

    /// The key as named in messages: `email` at the top, `contact.email` inside `contact`.
    public func qualified(_ key: String) -> String {
        name.map { "\($0).\(key)" } ?? key
    }

    public func contains(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// The value of `key`, marking it read; nil when absent or written empty.
    public mutating func node(_ key: String) -> FrontMatterNode? {
        readKeys.insert(key)
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        if case .null = entry.value.value { return nil }
        return entry.value
    }

    /// The value of a key the record cannot do without; reports it when
    /// absent or empty, with an example line the editor can copy.
    ///
    /// Quoted blank text (`""`, `"　"`) counts as empty: it would otherwise
    /// pass and print an empty heading or label.
    public mutating func required(_ key: String, example: String, hint: String? = nil) -> FrontMatterNode? {
        if let value = node(key) {
            guard case .string(let text) = value.value, DecodingText.isBlank(text) else { return value }
            report(.error(at: value.location, "'\(qualified(key))' must not be empty", hint: "write a value, e.g. '\(example)'"))
            return nil
        }
        if let entry = entries.first(where: { $0.key == key }) {
            report(.error(at: entry.value.location, "'\(qualified(key))' must not be empty",
                          hint: "write a value, e.g. '\(example)'"))
        } else {
            let place = name.map { " in '\($0)'" } ?? ""
            report(.error(at: missingLocation, "missing required key '\(key)'\(place)",
                          hint: hint ?? "add a line such as '\(example)'"))
        }
        return nil
    }

    /// Warns about every key that no decoder read, suggesting the nearest known one.
    public mutating func warnAboutUnknownKeys(known: [String]) {
        for entry in entries where !readKeys.contains(entry.key) {
            let hint: String
            if let halfWidth = Self.halfWidth(entry.key), known.contains(halfWidth) {
                hint = "write it in half-width letters: '\(halfWidth)'"
            } else if let near = Suggestion.closest(to: entry.key, in: known) {
                hint = "did you mean '\(near)'?"
            } else {
                hint = "known keys are: \(known.joined(separator: ", "))"
            }
            report(.warning(at: entry.keyLocation, "unknown key '\(qualified(entry.key))'", hint: hint))
        }
    }

    /// The key with the full-width letters, digits and signs of a Japanese
    /// input method (`ａｒｅａ`) folded as every written spelling is, and
    /// lowercased; nil when there were none to fold.
    static func halfWidth(_ key: String) -> String? {
        let folded = WrittenText.folded(key)
        return folded == key ? nil : folded.lowercased()
    }

    /// Folds a nested decoder's findings into this one.
    public mutating func absorb(_ nested: KeyedNode) {
        diagnostics.append(contentsOf: nested.diagnostics)
        keyLocations.merge(nested.keyLocations) { first, _ in first }
    }

    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
}
