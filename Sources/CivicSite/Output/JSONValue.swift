/// A JSON document with object keys kept in the order they were added, so
/// open-data files read naturally and are byte-identical from run to run.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number with a fraction, as decimal degrees: written with Swift's
    /// shortest exact form (35.6812).
    case decimal(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        a.serialized() == b.serialized()
    }

    /// A string, or null when absent.
    public static func text(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// An integer, or null when absent.
    public static func number(_ value: Int?) -> JSONValue {
        value.map(JSONValue.int) ?? .null
    }

    /// A list of strings.
    public static func texts(_ values: [String]) -> JSONValue {
        .array(values.map(JSONValue.string))
    }
}
