import Foundation

extension TemplateValue {
    /// Whether a section shows its content (and an inverted section hides it).
    ///
    /// The Mustache spec leaves empty strings open (its tests never use one);
    /// we treat them as falsy so that `{{#subtitle}}<p>{{subtitle}}</p>{{/subtitle}}`
    /// does not print an empty paragraph for a blank front-matter field.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .int, .double, .object: return true
        case .string(let value): return !value.isEmpty
        case .array(let items): return !items.isEmpty
        case .items(let items): return items.count > 0
        }
    }

    /// Appends the text an interpolation tag shows, unescaped.
    func appendText(to output: inout String) {
        switch self {
        case .null: break
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value): output += Self.format(value)
        case .string(let value): output += value
        case .array, .object, .items: output += String(describing: held)
        }
    }

    /// Whole doubles print without `.0` (the spec's `1.0` data reads as `1`);
    /// others use Swift's shortest round-tripping form, e.g. `1.21`.
    static func format(_ value: Double) -> String {
        if abs(value) < 1e15, let whole = Int(exactly: value) {
            return String(whole)
        }
        return String(value)
    }

    /// The value with every list made an item at a time held as an array,
    /// so that a list printed whole shows its items.
    var held: TemplateValue {
        switch self {
        case .array(let items): return .array(items.map(\.held))
        case .items(let items): return .array(items.all.map(\.held))
        case .object(let fields): return .object(fields.mapValues(\.held))
        default: return self
        }
    }
}
