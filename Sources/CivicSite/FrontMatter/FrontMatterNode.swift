/// A value read from front matter, with the place it was written.
///
/// The parser resolves plain scalars with the YAML 1.2 core schema: `null`,
/// `~` and an empty value become `.null`, `true`/`false` become `.bool`,
/// integers and floats become numbers, and everything else stays a string.
/// Dates are strings here, as in YAML 1.2; the decoding layer reads them.
/// `raw` keeps the scalar's source text so free-text keys can be kept
/// byte-for-byte even when YAML would read them as a number (`fees: 1000`).
public struct FrontMatterNode: Sendable, Equatable {
    public indirect enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case string(String)
        case sequence([FrontMatterNode])
        case mapping([FrontMatterEntry])
    }

    /// How a scalar was written; collections report `.block` or `.flow`.
    public enum Style: Sendable, Equatable {
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
        case folded
        case block
        case flow

        /// Written in quotes: YAML reads it as text, whatever it looks like.
        public var isQuoted: Bool { self == .singleQuoted || self == .doubleQuoted }
    }

    public var value: Value
    public var location: SourceLocation
    public var style: Style
    /// The scalar exactly as written (without quotes); empty for collections.
    public var raw: String

    public init(_ value: Value, at location: SourceLocation, style: Style = .plain, raw: String = "") {
        self.value = value
        self.location = location
        self.style = style
        self.raw = raw
    }
}

/// One `key: value` pair of a mapping, keeping where the key was written so
/// that a problem with the key (unknown, duplicate) points at it.
public struct FrontMatterEntry: Sendable, Equatable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: FrontMatterNode

    public init(key: String, keyLocation: SourceLocation, value: FrontMatterNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

extension FrontMatterNode {
    /// The entries of a mapping, or nil.
    public var entries: [FrontMatterEntry]? {
        if case .mapping(let entries) = value { return entries }
        return nil
    }

    /// The items of a sequence, or nil.
    public var items: [FrontMatterNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The entry for `key` in a mapping.
    public subscript(key: String) -> FrontMatterEntry? {
        entries?.first { $0.key == key }
    }

    /// The kind of value in both languages, for `{found}` in messages:
    /// 「一覧」 / "a list", 「整数」 / "a whole number" …
    public var kindTerm: LocalizedText {
        switch value {
        case .null: return Term.kindEmpty
        case .bool: return Term.kindTrueFalse
        case .int: return Term.kindWholeNumber
        case .float: return Term.kindDecimalNumber
        case .string: return Term.kindText
        case .sequence: return Term.kindList
        case .mapping: return Term.kindMapping
        }
    }

    /// The English of `kindTerm`, for code not yet moved to the catalogue.
    public var kindDescription: String { kindTerm.en }
}
