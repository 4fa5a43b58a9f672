extension KeyedNode {
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

    /// A whole number, optionally within `range`; `hint` is shown when it
    /// is outside. A range up to `Int.max` has no real upper bound and is
    /// described as "N or more".
    public mutating func integer(_ key: String, in range: ClosedRange<Int>? = nil, hint: String? = nil) -> Int? {
        node(key).flatMap { integerValue($0, key: key, in: range, hint: hint) }
    }

    public mutating func requiredInteger(_ key: String, example: String, in range: ClosedRange<Int>? = nil) -> Int? {
        required(key, example: example).flatMap { integerValue($0, key: key, in: range) }
    }

    public mutating func integerValue(_ node: FrontMatterNode, key: String, in range: ClosedRange<Int>?,
                                      hint rangeHint: String? = nil) -> Int? {
        guard case .int(let value) = node.value else {
            var hint: String?
            if case .string(let s) = node.value {
                hint = Self.wholeNumberHint(s, style: node.style, key: key)
            }
            report(.error(at: node.location, "'\(qualified(key))' must be a whole number, found \(node.kindDescription)", hint: hint))
            return nil
        }
        if let range, !range.contains(value) {
            let bounds = range.upperBound == Int.max ? "\(range.lowerBound) or more" : "between \(range.lowerBound) and \(range.upperBound)"
            report(.error(at: node.location, "'\(qualified(key))' must be \(bounds), found \(value)", hint: rangeHint))
            return nil
        }
        return value
    }

    /// How to turn text into a whole number, when the number is plain to
    /// see: quotes around `"28"` (YAML reads any quoted value as text),
    /// full-width `２８`, or digits among other characters (`1,200人`).
    static func wholeNumberHint(_ text: String, style: FrontMatterNode.Style, key: String) -> String? {
        let quoted = style.isQuoted
        let folded = WrittenText.folded(text)
        if let number = DecodingText.wholeNumber(text) {
            let fullWidth = folded != text
            switch (quoted, fullWidth) {
            case (true, false): return "remove the quotes: '\(key): \(number)'"
            case (true, true): return "remove the quotes and write half-width digits: '\(key): \(number)'"
            default: return "write half-width digits: '\(key): \(number)'"
            }
        }
        let digits = folded.unicodeScalars.filter { ("0"..."9").contains($0) }
        guard !digits.isEmpty else { return nil }
        // Only digits, yet no whole number: too large. Suggesting to drop
        // the quotes would only lead to the parser's error.
        if digits.count == folded.unicodeScalars.count { return "the number is too large" }
        return "write digits only, e.g. '\(key): \(westernYear(folded) ?? String(String.UnicodeScalarView(digits)))'"
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
        let folded = WrittenText.folded(text)
        let near = Suggestion.closest(to: folded, in: E.allSpellings)
            ?? E.allCases.map(\.label).first { !folded.isEmpty && $0.hasPrefix(folded) }
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
