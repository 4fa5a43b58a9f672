extension KeyedNode {
    /// One item of a list of scalars, with where it was written.
    public struct Item: Sendable, Hashable {
        public var text: String
        public var location: SourceLocation
    }

    /// Free text, kept exactly as written: a plain `2024` or `true` that YAML
    /// reads as a number or a boolean is still text here.
    public mutating func text(_ key: String) -> String? {
        node(key).flatMap { scalarText($0, key: key) }
    }

    public mutating func requiredText(_ key: String, example: String) -> String? {
        required(key, example: example).flatMap { scalarText($0, key: key) }
    }

    /// The source text of a scalar node; reports a list or a mapping.
    public mutating func scalarText(_ node: FrontMatterNode, key: String) -> String? {
        switch node.value {
        case .string(let s): return s
        case .int, .float, .bool: return node.raw
        case .null: return nil
        case .sequence, .mapping:
            report(.error(at: node.location, "'\(qualified(key))' must be text, found \(node.kindDescription)"))
            return nil
        }
    }

    /// A whole number, optionally within `range`.
    public mutating func integer(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        node(key).flatMap { integerValue($0, key: key, in: range) }
    }

    public mutating func requiredInteger(_ key: String, example: String, in range: ClosedRange<Int>? = nil) -> Int? {
        required(key, example: example).flatMap { integerValue($0, key: key, in: range) }
    }

    public mutating func integerValue(_ node: FrontMatterNode, key: String, in range: ClosedRange<Int>?) -> Int? {
        guard case .int(let value) = node.value else {
            var hint: String?
            if case .string(let s) = node.value {
                let digits = s.unicodeScalars.filter { ("0"..."9").contains($0) }
                if !digits.isEmpty { hint = "write digits only, e.g. '\(key): \(KeyedNode.westernYear(s) ?? String(String.UnicodeScalarView(digits)))'" }
                // A quoted number too large for a whole number: suggesting
                // to drop the quotes would only lead to the parser's error.
                if digits.count == s.unicodeScalars.count && Int(s) == nil { hint = "the number is too large" }
            }
            report(.error(at: node.location, "'\(qualified(key))' must be a whole number, found \(node.kindDescription)", hint: hint))
            return nil
        }
        if let range, !range.contains(value) {
            report(.error(at: node.location, "'\(qualified(key))' must be between \(range.lowerBound) and \(range.upperBound), found \(value)"))
            return nil
        }
        return value
    }

    /// `令和6年度` → `2024`, for hints: staff often write Japanese era years.
    static func westernYear(_ text: String) -> String? {
        for (era, base) in [("令和", 2018), ("平成", 1988), ("昭和", 1925)] where text.hasPrefix(era) {
            let rest = text.dropFirst(era.count)
            if rest.hasPrefix("元") { return String(base + 1) }
            if let n = Int(String(rest.prefix { $0.isASCII && $0.isNumber })) { return String(base + n) }
        }
        return nil
    }

    /// `true` or `false`.
    public mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        return boolValue(node, key: key)
    }

    public mutating func boolValue(_ node: FrontMatterNode, key: String) -> Bool? {
        guard case .bool(let value) = node.value else {
            report(.error(at: node.location, "'\(qualified(key))' must be true or false, found \(node.kindDescription)",
                          hint: "write '\(key): true' or '\(key): false'"))
            return nil
        }
        return value
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
                    result.append(Item(text: text, location: item.location))
                }
                continue
            }
            report(.error(at: item.location, "'\(qualified(key))' has an empty item"))
        }
        return result
    }

    /// A value of a closed set, written as its id, its label or an alias.
    public mutating func enumeration<E: LabelledEnumeration>(_ key: String, _ type: E.Type, noun: String) -> E? {
        node(key).flatMap { enumerationValue($0, key: key, type, noun: noun) }
    }

    public mutating func requiredEnumeration<E: LabelledEnumeration>(_ key: String, _ type: E.Type, noun: String, example: String) -> E? {
        required(key, example: example).flatMap { enumerationValue($0, key: key, type, noun: noun) }
    }

    public mutating func enumerationValue<E: LabelledEnumeration>(_ node: FrontMatterNode, key: String, _ type: E.Type, noun: String) -> E? {
        guard let text = scalarText(node, key: key) else { return nil }
        if let value = E(written: text) { return value }
        report(Self.unknownValue(text, at: node.location, type, noun: noun))
        return nil
    }

    /// `unknown group type '任意団', expected one of: …` with the nearest spelling.
    public static func unknownValue<E: LabelledEnumeration>(_ text: String, at location: SourceLocation, _ type: E.Type, noun: String) -> Diagnostic {
        let expected = E.allCases.map { "\($0.label) (\($0.rawValue))" }.joined(separator: ", ")
        let near = Suggestion.closest(to: text, in: E.allSpellings)
            ?? E.allCases.map(\.label).first { !text.isEmpty && $0.hasPrefix(text) }
        let hint = near.map { "did you mean '\($0)'?" }
        return .error(at: location, "unknown \(noun) '\(text)', expected one of: \(expected)", hint: hint)
    }

    /// A nested mapping such as `contact:`; its problems and key locations are
    /// folded back by `absorb`.
    public mutating func mapping(_ key: String) -> KeyedNode? {
        guard let node = node(key) else { return nil }
        guard let entries = node.entries else {
            report(.error(at: node.location, "'\(qualified(key))' must be a mapping of 'key: value' lines, found \(node.kindDescription)"))
            return nil
        }
        let keyLocation = self.entries.first { $0.key == key }?.keyLocation ?? node.location
        return KeyedNode(entries: entries, path: path, name: qualified(key), missingLocation: keyLocation)
    }
}
