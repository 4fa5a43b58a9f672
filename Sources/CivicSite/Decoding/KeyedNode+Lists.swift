extension KeyedNode {
    /// One item of a list of scalars, with where and how it was written.
    public struct Item: Sendable, Hashable {
        public var text: String
        public var location: SourceLocation
        /// Written in quotes: the writer meant exactly this text.
        public var quoted: Bool = false
    }

    /// A list of scalars; a single scalar counts as a one-item list.
    /// Records each item's location as `key[index]`.
    public mutating func list(_ key: String) -> [Item]? {
        guard let node = node(key) else { return nil }
        if node.entries != nil {
            report(.error(at: node.location, "'\(qualified(key))' must be a list, found a mapping",
                          hint: "write '\(key): [a, b]' or one '- item' line per item"))
            return nil
        }
        let nodes = node.items ?? [node]
        var result: [Item] = []
        for (index, item) in nodes.enumerated() {
            guard case .null = item.value else {
                if let text = scalarText(item, key: key) {
                    keyLocations["\(qualified(key))[\(index)]"] = item.location
                    result.append(Item(text: text, location: item.location, quoted: item.style.isQuoted))
                }
                continue
            }
            report(.error(at: item.location, "'\(qualified(key))' has an empty item"))
        }
        return result
    }

    /// Free keywords. `理科実験、夏休み` or `［スマホ講座、パソコン］` is almost
    /// always several tags typed the Japanese way, but one tag with a comma
    /// is possible, so it is kept as written with a warning; quoting the
    /// item says it is meant and silences the warning.
    public mutating func tags(_ key: String = "tags") -> [String] {
        guard let items = list(key) else { return [] }
        let split = items.map { $0.quoted ? nil : DecodingText.listWrittenAsText($0.text) }
        guard let index = split.firstIndex(where: { $0 != nil }), let found = split[index] else { return items.map(\.text) }
        let what = found.items.count == 1 ? "in full-width brackets '［ ］'" : "with '\(found.separator)'"
        let message = items.count == 1 ? "'\(qualified(key))' is one text \(what)"
            : "'\(qualified(key))' has an item \(what): '\(items[index].text)'"
        let all = zip(items, split).flatMap { item, parts in parts?.items ?? [item.text] }
        report(.warning(at: items[index].location, message, hint: DecodingText.listHint(all, key: key, noun: "tags")))
        return items.map(\.text)
    }
}
