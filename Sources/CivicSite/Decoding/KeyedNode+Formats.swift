extension KeyedNode {
    public mutating func email(_ key: String) -> String? {
        node(key).flatMap { emailValue($0, key: key) }
    }

    public mutating func requiredEmail(_ key: String, example: String) -> String? {
        required(key, example: example).flatMap { emailValue($0, key: key) }
    }

    mutating func emailValue(_ node: FrontMatterNode, key: String) -> String? {
        guard let text = scalarText(node, key: key) else { return nil }
        if DecodingFormats.isEmail(text) { return text }
        var hint = "write a single address such as 'info@example.jp'"
        if text.contains("＠") { hint = "use the ascii '@', not the full-width '＠'" }
        report(.error(at: node.location, "'\(qualified(key))' is not a valid e-mail address: '\(text)'", hint: hint))
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
        guard let hint = DecodingFormats.urlProblem(text) else { return text }
        report(.error(at: location, "'\(qualified(key))' must be an absolute http or https url, found '\(text)'", hint: hint))
        return nil
    }

    /// 法人番号: 13 digits whose first digit checks the other twelve.
    public mutating func corporateNumber(_ key: String) -> String? {
        guard let node = node(key), let written = scalarText(node, key: key) else { return nil }
        // Full-width digits are what a Japanese input method types by default.
        let text = WrittenText.folded(written)
        let digits = text.unicodeScalars.compactMap { ("0"..."9").contains($0) ? Int($0.value - 48) : nil }
        guard digits.count == 13, text.unicodeScalars.count == 13 else {
            report(.error(at: node.location, "'\(qualified(key))' must be 13 digits, found '\(written)'",
                          hint: "copy the number from the 法人番号公表サイト, digits only"))
            return nil
        }
        let expected = DecodingFormats.corporateCheckDigit(base: Array(digits.dropFirst()))
        guard digits[0] == expected else {
            report(.error(at: node.location, "'\(qualified(key))' has a wrong check digit: '\(written)'",
                          hint: "for the last 12 digits the first digit would be \(expected); check for a typo"))
            return nil
        }
        return text
    }
}
