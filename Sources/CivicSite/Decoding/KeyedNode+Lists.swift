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
            report(.notList, at: node.location, key: key, ["found": .term(Term.valueKind(of: node))])
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
            report(.emptyListItem, at: item.location, key: key)
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
        let how: MessageArgument = found.items.count == 1 ? .term(Term.inFullWidthBrackets) : Term.separatedWith(found.separator)
        let all = zip(items, split).flatMap { item, parts in parts?.items ?? [item.text] }
        let hint = DecodingText.listHint(all, key: key, noun: Term.tags)
        if items.count == 1 {
            report(.listWrittenAsOneText, at: items[index].location, key: key, ["how": how], hint: hint)
        } else {
            report(.listItemWrittenAsText, at: items[index].location, key: key, ["how": how, "value": .text(items[index].text)],
                   hint: hint)
        }
        return items.map(\.text)
    }
}
