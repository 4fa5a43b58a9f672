/// One text in both languages. Placeholders are written `{name}` and are
/// filled from the arguments of the diagnostic that uses the text.
public struct LocalizedText: Sendable, Hashable {
    public let ja: String
    public let en: String

    public init(ja: String, en: String) {
        self.ja = ja
        self.en = en
    }

    public subscript(language: Language) -> String {
        language == .ja ? ja : en
    }

    /// The placeholder names used in one language's text, in order of appearance.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        MessageTemplate.scan(template) { piece in
            if case .placeholder(let name) = piece { names.append(name) }
        }
        return names
    }
}
