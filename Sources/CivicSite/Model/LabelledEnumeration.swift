/// A closed set of values that staff may write either as the Japanese label
/// or as the ASCII id (`NPO法人` or `npo`).
public protocol LabelledEnumeration: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {
    /// The Japanese label shown on the site.
    var label: String { get }
    /// Other spellings accepted in content (full official names and the like).
    var aliases: [String] { get }
}

extension LabelledEnumeration {
    public var id: String { rawValue }
    public var aliases: [String] { [] }

    /// The case written as its id, its label or one of its aliases.
    public init?(written text: String) {
        guard let match = Self.allCases.first(where: {
            $0.rawValue == text || $0.label == text || $0.aliases.contains(text)
        }) else { return nil }
        self = match
    }

    /// Every spelling accepted, for suggestions in messages.
    public static var allSpellings: [String] {
        allCases.flatMap { [$0.rawValue, $0.label] + $0.aliases }
    }
}
