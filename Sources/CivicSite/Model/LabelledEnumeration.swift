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

    /// The case written as its id, its label or one of its aliases, also in
    /// the full-width forms Japanese input methods type (`ＮＰＯ法人`): the
    /// text is compared in NFKC, as every spelling is already.
    public init?(written text: String) {
        let folded = WrittenText.folded(text)
        guard let match = Self.allCases.first(where: {
            $0.rawValue == folded || $0.label == folded || $0.aliases.contains(folded)
        }) else { return nil }
        self = match
    }

    /// Every spelling accepted, for suggestions in messages.
    public static var allSpellings: [String] {
        allCases.flatMap { [$0.rawValue, $0.label] + $0.aliases }
    }
}
