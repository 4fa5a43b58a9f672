/// Reads the entries of one front-matter mapping, remembering where every key
/// was written and which keys were read, so that a decoder can report every
/// problem of a record in one pass and catch keys nobody asked for.
public struct KeyedNode: Sendable {
    /// The file as shown in messages.
    public let path: String
    /// The dotted name of this mapping inside the record (`contact`), or nil
    /// for the front matter itself; used to name keys in messages.
    public let name: String?
    /// Where a missing required key is reported.
    public let missingLocation: SourceLocation
    /// The build's today, for hints about dates written without a year.
    public let today: LocalDate
    let entries: [FrontMatterEntry]
    private(set) var readKeys: Set<String> = []
    public internal(set) var diagnostics: [Diagnostic] = []
    /// Locations by qualified key (`contact.email`, `fields[0]` for list items).
    public internal(set) var keyLocations: [String: SourceLocation] = [:]
    /// `image:` and `attachments:` as read by `recordMedia()`.
    public internal(set) var media = RecordMedia()

    public init(entries: [FrontMatterEntry], path: String, name: String? = nil, missingLocation: SourceLocation? = nil,
                today: LocalDate? = nil) {
        self.entries = entries
        self.path = path
        self.name = name
        self.missingLocation = missingLocation ?? .file(path)
        self.today = today ?? DateTime.currentInJapan().date
        for entry in entries where keyLocations[qualified(entry.key)] == nil {
            keyLocations[qualified(entry.key)] = entry.keyLocation
        }
    }

    /// A decoder over `node`, which must be a mapping; anything else is
    /// reported and read as an empty mapping so the other checks still run.
    public init(node: FrontMatterNode?, path: String, today: LocalDate? = nil) {
        self.init(entries: node?.entries ?? [], path: path, today: today)
        if let node, node.entries == nil, node.value != .null {
            report(.error(.frontMatterNotKeyValueLines, at: node.location, ["found": .term(Term.valueKind(of: node))]))
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

    /// Reports `message` with `{key}` set to the qualified key and the chosen hint.
    mutating func report(_ message: Message, at location: SourceLocation, key: String, _ arguments: MessageArguments = [:],
                         hint: ChosenHint? = nil) {
        var all = arguments
        all["key"] = .text(qualified(key))
        all["lineKey"] = .text(key)
        report(.make(message, at: location, all, hint: hint))
    }

    /// The value of `key`, marking it read; nil when absent or written empty.
    public mutating func node(_ key: String) -> FrontMatterNode? {
        readKeys.insert(key)
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        if case .null = entry.value.value { return nil }
        return entry.value
    }

    /// The value of a key the record cannot do without; reports it when
    /// absent or empty, with an example line the editor can copy. `hint`
    /// replaces the usual hint for a missing key.
    ///
    /// Quoted blank text (`""`, `"　"`) counts as empty: it would otherwise
    /// pass and print an empty heading or label.
    public mutating func required(_ key: String, example: String, hint: Hint? = nil) -> FrontMatterNode? {
        if let value = node(key) {
            guard case .string(let text) = value.value, DecodingText.isBlank(text) else { return value }
            report(.emptyRequiredValue, at: value.location, key: key, ["example": .text(example)])
            return nil
        }
        if let entry = entries.first(where: { $0.key == key }) {
            report(.emptyRequiredValue, at: entry.value.location, key: key, ["example": .text(example)])
        } else {
            var arguments: MessageArguments = ["key": .text(key), "example": .text(example)]
            if let name { arguments["parent"] = .text(name) }
            report(.make(name == nil ? .missingKey : .missingKeyInMapping, at: missingLocation, arguments,
                         hint: hint.map { ChosenHint($0) }))
        }
        return nil
    }

    /// Reports every key that no decoder read: an error when it is a known
    /// key written wrongly or a key of one of the `mappings` written at the
    /// left margin (its value would vanish from the page), a warning
    /// otherwise (see `KeyNearMiss`).
    public mutating func checkUnknownKeys(known: [String], mappings: KeyValuePairs<String, [String]> = [:]) {
        for entry in entries where !readKeys.contains(entry.key) {
            let key: MessageArguments = ["key": .text(qualified(entry.key)), "written": .text(entry.key)]
            let near = KeyNearMiss.match(entry.key, known: known)
            if near == nil, let (parent, inner) = Self.keyOfAMapping(entry.key, mappings) {
                report(.error(.keyOfAMapping, at: entry.keyLocation,
                              key.merging(["parent": .text(qualified(parent)), "near": .text(inner)]) { a, _ in a }))
            } else if let (near, kind) = near {
                let message: Message = kind == .fullWidth ? .fullWidthKey : kind == .japanese ? .japaneseKey : .misspeltKey
                report(.error(message, at: entry.keyLocation, key.merging(["near": .text(near)]) { a, _ in a }))
            } else {
                report(.warning(.unknownKey, at: entry.keyLocation, key.merging(["keys": .list(known.map { .text($0) })]) { a, _ in a }))
            }
        }
    }

    /// The mapping `key` belongs in (`email` → `contact`) and its key there.
    static func keyOfAMapping(_ key: String, _ mappings: KeyValuePairs<String, [String]>) -> (String, String)? {
        for (parent, keys) in mappings {
            if let inner = KeyNearMiss.exactMatch(key, known: keys) { return (parent, inner) }
        }
        return nil
    }

    /// Folds a nested decoder's findings into this one.
    public mutating func absorb(_ nested: KeyedNode) {
        diagnostics.append(contentsOf: nested.diagnostics)
        keyLocations.merge(nested.keyLocations) { first, _ in first }
    }

    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
}
