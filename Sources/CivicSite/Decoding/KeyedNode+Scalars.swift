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
            report(.notText, at: node.location, key: key, ["found": .term(Term.valueKind(of: node))])
            return nil
        }
    }

    /// A whole number, optionally within `range`; `rangeHint` is shown when
    /// it is outside. A range up to `Int.max` has no real upper bound and is
    /// described as "N or more". `kind` says what the number counts, for
    /// the hint that converts text such as `20万円`.
    public mutating func integer(_ key: String, in range: ClosedRange<Int>? = nil, counting kind: WrittenValue.NumberKind = .plain,
                                 rangeHint: ChosenHint? = nil) -> Int? {
        node(key).flatMap { integerValue($0, key: key, in: range, counting: kind, rangeHint: rangeHint) }
    }

    public mutating func requiredInteger(_ key: String, example: String, in range: ClosedRange<Int>? = nil,
                                         counting kind: WrittenValue.NumberKind = .plain) -> Int? {
        required(key, example: example).flatMap { integerValue($0, key: key, in: range, counting: kind) }
    }

    public mutating func integerValue(_ node: FrontMatterNode, key: String, in range: ClosedRange<Int>?,
                                      counting kind: WrittenValue.NumberKind = .plain, rangeHint: ChosenHint? = nil) -> Int? {
        guard case .int(let value) = node.value else {
            var hint: ChosenHint?
            if case .string(let s) = node.value {
                hint = Self.wholeNumberHint(s, style: node.style, key: key, kind: kind)
            }
            report(.notWholeNumber, at: node.location, key: key, ["found": .term(Term.valueKind(of: node))],
                   hint: hint ?? ChosenHint(.omitted))
            return nil
        }
        if let range, !range.contains(value) {
            let arguments: MessageArguments = ["min": .number(range.lowerBound), "max": .number(range.upperBound), "value": .number(value)]
            report(range.upperBound == Int.max ? .numberTooSmall : .numberOutOfRange, at: node.location, key: key, arguments,
                   hint: rangeHint ?? ChosenHint(.omitted))
            return nil
        }
        return value
    }

    /// How to turn text into a whole number: the number converted when it
    /// is certain (quotes around `"28"`, full-width `２８`, `1,200人`, `20万円`,
    /// `令和6年度` for a year), else what form to write, never a guess.
    static func wholeNumberHint(_ text: String, style: FrontMatterNode.Style, key: String,
                                kind: WrittenValue.NumberKind) -> ChosenHint? {
        let folded = WrittenText.folded(text)
        if let number = DecodingText.wholeNumber(text) {
            let line: MessageArguments = ["line": .text("\(key): \(number)")]
            switch (style.isQuoted, folded != text) {
            case (true, false): return ChosenHint(.removeQuotes, line)
            case (true, true): return ChosenHint(.removeQuotesAndWriteHalfWidth, line)
            default: return ChosenHint(.halfWidthDigits, line)
            }
        }
        let digits = folded.unicodeScalars.filter { ("0"..."9").contains($0) }
        // Only digits, yet no whole number: too large. Suggesting to drop
        // the quotes would only lead to the parser's error.
        if !digits.isEmpty, digits.count == folded.unicodeScalars.count { return ChosenHint(.numberTooLarge) }
        if let number = WrittenValue.wholeNumber(text, kind) {
            return ChosenHint(kind == .year ? .westernYear : .digitsOnly, ["line": .text("\(key): \(number)")])
        }
        switch kind {
        case .yen: return ChosenHint(.grantAmountForm)
        case .year: return ChosenHint(.yearForm)
        case .plain, .people: return digits.isEmpty ? nil : ChosenHint(.digitsOnlyForm)
        }
    }

    /// `true` or `false`.
    public mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        return boolValue(node, key: key)
    }

    public mutating func boolValue(_ node: FrontMatterNode, key: String) -> Bool? {
        guard case .bool(let value) = node.value else {
            var hint: ChosenHint?
            if case .string(let s) = node.value, let meant = WrittenValue.bool(s) {
                let line: MessageArguments = ["line": .text("\(key): \(meant)")]
                hint = node.style.isQuoted && (s == "true" || s == "false") ? ChosenHint(.removeQuotes, line) : ChosenHint(.writeLine, line)
            }
            report(.notTrueOrFalse, at: node.location, key: key, ["found": .term(Term.valueKind(of: node))], hint: hint)
            return nil
        }
        return value
    }

    /// A value of a closed set, written as its id, its label or an alias.
    public mutating func enumeration<E: LabelledEnumeration>(_ key: String, _ type: E.Type, noun: LocalizedText) -> E? {
        node(key).flatMap { enumerationValue($0, key: key, type, noun: noun) }
    }

    public mutating func requiredEnumeration<E: LabelledEnumeration>(_ key: String, _ type: E.Type, noun: LocalizedText,
                                                                     example: String) -> E? {
        required(key, example: example).flatMap { enumerationValue($0, key: key, type, noun: noun) }
    }

    public mutating func enumerationValue<E: LabelledEnumeration>(_ node: FrontMatterNode, key: String, _ type: E.Type,
                                                                  noun: LocalizedText) -> E? {
        guard let text = scalarText(node, key: key) else { return nil }
        if let value = E(written: text) { return value }
        report(Self.unknownValue(text, at: node.location, type, noun: noun))
        return nil
    }

    /// `unknown group type '任意団', expected one of: …` with the nearest
    /// spelling; `hint` replaces the "did you mean".
    public static func unknownValue<E: LabelledEnumeration>(_ text: String, at location: SourceLocation, _ type: E.Type,
                                                            noun: LocalizedText, hint: ChosenHint? = nil) -> Diagnostic {
        let expected = E.allCases.map { MessageArgument.text("\($0.label) (\($0.rawValue))") }
        let folded = WrittenText.folded(text)
        let near = Suggestion.closest(to: folded, in: E.allSpellings)
            ?? E.allCases.map(\.label).first { !folded.isEmpty && $0.hasPrefix(folded) }
        let chosen = hint ?? near.map { ChosenHint(.didYouMean, ["near": .text($0)]) } ?? ChosenHint(.omitted)
        return .make(.unknownChoice, at: location, ["noun": .term(noun), "value": .text(text), "expected": .list(expected)], hint: chosen)
    }

    /// A nested mapping such as `contact:`; its problems and key locations are
    /// folded back by `absorb`.
    public mutating func mapping(_ key: String) -> KeyedNode? {
        guard let node = node(key) else { return nil }
        guard let entries = node.entries else {
            report(.notKeyValueLines, at: node.location, key: key, ["found": .term(Term.valueKind(of: node))])
            return nil
        }
        let keyLocation = self.entries.first { $0.key == key }?.keyLocation ?? node.location
        return KeyedNode(entries: entries, path: path, name: qualified(key), missingLocation: keyLocation, today: today)
    }
}
