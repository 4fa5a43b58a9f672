/// The data a template sees. Swift prepares everything; templates stay logic-less.
///
/// Truthiness, used by sections: `.null`, `.bool(false)`, an empty list and
/// an empty string are falsy; numbers (zero included) and objects, even
/// empty ones, are truthy.
public indirect enum TemplateValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([TemplateValue])
    /// A list whose items are made as a section reaches them (`TemplateItems`).
    case items(TemplateItems)
    case object([String: TemplateValue])
}

extension TemplateValue {
    /// The items of a list, however it is held; nil for any other value.
    public var listItems: [TemplateValue]? {
        switch self {
        case .array(let items): return items
        case .items(let items): return items.all
        default: return nil
        }
    }
}

extension TemplateValue: Equatable {
    /// Values are equal when a template shows them alike: a list made an
    /// item at a time equals the same items held in an array.
    public static func == (a: TemplateValue, b: TemplateValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.object(let x), .object(let y)): return x == y
        case (.array, _), (.items, _):
            guard let x = a.listItems, let y = b.listItems else { return false }
            return x == y
        default: return false
        }
    }
}
