/// A value put into a message: what staff wrote (shown exactly), a number,
/// a word from the catalogue (shown in the message's language), or a list.
public indirect enum MessageArgument: Sendable, Hashable {
    /// Text from the input or a name, shown as it is.
    case text(String)
    case number(Int)
    /// A text of the catalogue with its own values, shown in the language
    /// of the message (a kind of value, "3 groups").
    case phrase(LocalizedText, MessageArguments)
    /// Several values, joined with 「、」 in Japanese and ", " in English.
    case list([MessageArgument])

    /// The argument as shown in `language`.
    public func rendered(in language: Language) -> String {
        switch self {
        case .text(let s): return s
        case .number(let n): return String(n)
        case .phrase(let t, let arguments): return MessageTemplate.fill(t[language], arguments, language)
        case .list(let items):
            return items.map { $0.rendered(in: language) }.joined(separator: language == .ja ? "、" : ", ")
        }
    }
}

extension MessageArgument {
    /// A word of the catalogue without values of its own.
    public static func term(_ text: LocalizedText) -> MessageArgument { .phrase(text, [:]) }
}

extension MessageArgument: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
}

extension MessageArgument: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .number(value) }
}

/// The arguments of one diagnostic, by placeholder name.
public typealias MessageArguments = [String: MessageArgument]
