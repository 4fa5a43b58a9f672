/// One entry of the message catalogue: a stable id, the text in both
/// languages, the hint usually shown with it and the long explanation
/// printed by `civicsite explain ID`.
///
/// Every message a user can see is one of these, defined in
/// `Diagnostics/Catalogue/`; code that finds a problem names the entry and
/// passes the values, never words of its own.
///
/// A class, so that a `Diagnostic` stays a few words long: the parsers
/// throw diagnostics up through deep recursion.
public final class Message: Sendable, Hashable {
    /// `CS1234`: the first digit is the stage (see `Catalogue`).
    public let id: String
    public let severity: Diagnostic.Severity
    public let text: LocalizedText
    public let hint: Hint?
    /// What the problem is, an example and the fix, for `explain`.
    public let explanation: LocalizedText

    public init(_ id: String, _ severity: Diagnostic.Severity, ja: String, en: String,
                hint: Hint? = nil, explainJa: String, explainEn: String) {
        self.id = id
        self.severity = severity
        self.text = LocalizedText(ja: ja, en: en)
        self.hint = hint
        self.explanation = LocalizedText(ja: explainJa, en: explainEn)
    }

    public static func == (a: Message, b: Message) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// A hint of the catalogue: what to do about a problem. A message has a
/// usual hint; the code that found the problem may pick another one when it
/// knows better (a "did you mean" with the nearest spelling).
public final class Hint: Sendable, Hashable {
    public let text: LocalizedText

    public init(ja: String, en: String) {
        text = LocalizedText(ja: ja, en: en)
    }

    public static func == (a: Hint, b: Hint) -> Bool { a.text == b.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
