/// The data a template sees. Swift prepares everything; templates stay logic-less.
///
/// Truthiness, used by sections: `.null`, `.bool(false)`, an empty array and
/// an empty string are falsy; numbers (zero included) and objects, even
/// empty ones, are truthy.
public indirect enum TemplateValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([TemplateValue])
    case object([String: TemplateValue])
}
