extension KeyedNode {
    public mutating func email(_ key: String) -> String? {
        node(key).flatMap { emailValue($0, key: key) }
    }

    public mutating func requiredEmail(_ key: String, example: String) -> String? {
        required(key, example: example).flatMap { emailValue($0, key: key) }
    }

    /// A single plain address. Anything that would change the `mailto:`
    /// link it becomes (`?bcc=…`, `&`, `%`, spaces, a second address) is
    /// refused by name, since a hidden Bcc is not visible on the page.
    mutating func emailValue(_ node: FrontMatterNode, key: String) -> String? {
        guard let text = scalarText(node, key: key) else { return nil }
        if DecodingFormats.isEmail(text) { return text }
        let value: MessageArguments = ["value": .text(text)]
        var plain = WrittenValue.normalized(text)
        if plain.lowercased().hasPrefix("mailto:") { plain = String(plain.dropFirst(7)) }
        if plain != text, DecodingFormats.isEmail(plain) {
            report(.notAnEmailAddress, at: node.location, key: key, value, hint: ChosenHint(.writeLine, ["line": .text("\(key): \(plain)")]))
        } else if let character = DecodingFormats.mailtoChangingCharacter(text) {
            report(.emailChangesTheLink, at: node.location, key: key, value.merging(["character": Term.character(character)]) { a, _ in a })
        } else {
            report(.notAnEmailAddress, at: node.location, key: key, value, hint: text.contains("＠") ? ChosenHint(.halfWidthAt) : nil)
        }
        return nil
    }

    /// An absolute http or https link.
    public mutating func url(_ key: String) -> String? {
        node(key).flatMap { urlValue($0, key: key) }
    }

    public mutating func urlValue(_ node: FrontMatterNode, key: String) -> String? {
        guard let text = scalarText(node, key: key) else { return nil }
        return checkedURL(text, key: key, at: node.location)
    }

    public mutating func checkedURL(_ text: String, key: String, at location: SourceLocation) -> String? {
        guard let problem = DecodingFormats.urlProblem(text) else { return text }
        // Typed with a Japanese input method on (ｈｔｔｐｓ：／／…) or in
        // curly quotes: the address itself is right.
        let plain = WrittenValue.normalized(text)
        let hint: ChosenHint
        if plain != text, DecodingFormats.urlProblem(plain) == nil {
            hint = ChosenHint(.halfWidthLine, ["line": .text("\(key): \(plain)")])
        } else if case .missingScheme(let whole?) = problem {
            hint = ChosenHint(.writeLine, ["line": .text("\(key): \(whole)")])
        } else {
            hint = problem.hint
        }
        report(.notAWebAddress, at: location, key: key, ["value": .text(text)], hint: hint)
        return nil
    }

    /// 法人番号: 13 digits whose first digit checks the other twelve.
    public mutating func corporateNumber(_ key: String) -> String? {
        guard let node = node(key), let written = scalarText(node, key: key) else { return nil }
        // Full-width digits are what a Japanese input method types by default.
        let text = WrittenText.folded(written)
        let digits = text.unicodeScalars.compactMap { ("0"..."9").contains($0) ? Int($0.value - 48) : nil }
        let value: MessageArguments = ["value": .text(written)]
        guard digits.count == 13, text.unicodeScalars.count == 13 else {
            // Copied with hyphens or spaces (`7000-01-205000-2`): the digits
            // are certain once the check digit agrees.
            let separators = text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == "-" || $0 == " " }
            let hint = digits.count == 13 && separators && DecodingFormats.corporateCheckDigit(base: Array(digits.dropFirst())) == digits[0]
                ? ChosenHint(.writeLine, ["line": .text("\(key): \"\(digits.map(String.init).joined())\"")]) : nil
            report(.corporateNumberNotThirteenDigits, at: node.location, key: key, value, hint: hint)
            return nil
        }
        let expected = DecodingFormats.corporateCheckDigit(base: Array(digits.dropFirst()))
        guard digits[0] == expected else {
            report(.corporateNumberCheckDigit, at: node.location, key: key, value.merging(["digit": .number(expected)]) { a, _ in a })
            return nil
        }
        return text
    }

    /// 全国地方公共団体コード: six digits, the last the check digit of the
    /// first five (weights 6 to 2, modulus 11).
    public mutating func localGovernmentCode(_ key: String) -> String? {
        guard let node = node(key), let written = scalarText(node, key: key) else { return nil }
        let text = WrittenText.folded(written)
        let digits = text.unicodeScalars.compactMap { ("0"..."9").contains($0) ? Int($0.value - 48) : nil }
        guard digits.count == 6, text.unicodeScalars.count == 6, DecodingFormats.localGovernmentCheckDigit(Array(digits.prefix(5))) == digits[5] else {
            report(.badLocalGovernmentCode, at: node.location, key: key, ["value": .text(written)])
            return nil
        }
        return text
    }
}
