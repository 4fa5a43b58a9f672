extension TemplateValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension TemplateValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension TemplateValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: TemplateValue...) { self = .array(elements) }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    /// A repeated key keeps its last value, as in the ordered-pairs builder.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = TemplateValue(pairs: elements)
    }
}

extension TemplateValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .null }
}

extension TemplateValue {
    /// An object from ordered key–value pairs; a repeated key keeps the last value.
    public init<S: Sequence>(pairs: S) where S.Element == (String, TemplateValue) {
        var object: [String: TemplateValue] = [:]
        object.reserveCapacity(pairs.underestimatedCount)
        for (key, value) in pairs { object[key] = value }
        self = .object(object)
    }

    /// A string, or `.null` when there is none, for optional fields.
    public static func string(_ value: String?) -> TemplateValue {
        value.map(TemplateValue.string) ?? .null
    }
}
