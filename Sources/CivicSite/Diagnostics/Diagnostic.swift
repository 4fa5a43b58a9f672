/// One problem found in the input, with where it is and what to do about it.
///
/// Rendered as `path:line:col: error: message [CS1234]`, with the hint on
/// the next line, the shape compilers use so editors can jump to the place.
/// The texts come from the catalogue (`Message`); a diagnostic holds the
/// entry, the values to put in it and the hint chosen.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var entry: Message
    public var arguments: MessageArguments
    public var hintEntry: Hint?
    /// Said after the message, in brackets: the spreadsheet column a
    /// problem found in an imported row came from (`（列「活動分野」）`).
    public var note: MessageArgument?

    /// A problem of the catalogue entry `message` at `location`. `hint`
    /// replaces the entry's usual hint; `.omitted` shows none.
    public init(_ message: Message, at location: SourceLocation, _ arguments: MessageArguments = [:],
                hint: Hint? = nil, severity: Severity? = nil) {
        self.severity = severity ?? message.severity
        self.location = location
        self.entry = message
        self.arguments = arguments
        let chosen = hint ?? message.hint
        self.hintEntry = chosen == .omitted ? nil : chosen
    }

    public static func error(_ message: Message, at location: SourceLocation, _ arguments: MessageArguments = [:],
                             hint: Hint? = nil) -> Diagnostic {
        Diagnostic(message, at: location, arguments, hint: hint, severity: .error)
    }

    public static func warning(_ message: Message, at location: SourceLocation, _ arguments: MessageArguments = [:],
                               hint: Hint? = nil) -> Diagnostic {
        Diagnostic(message, at: location, arguments, hint: hint, severity: .warning)
    }

    public var id: String { entry.id }
    public var isError: Bool { severity == .error }

    /// The message in `language`, values filled in.
    public func message(in language: Language) -> String {
        let text = MessageTemplate.fill(entry.text[language], arguments, language)
        guard let note else { return text }
        return text + note.rendered(in: language)
    }

    /// The hint in `language`, or nil.
    public func hint(in language: Language) -> String? {
        hintEntry.map { MessageTemplate.fill($0.text[language], arguments, language) }
    }

    /// English, for tests that state the English text.
    public var message: String { message(in: .en) }
    public var hint: String? { hint(in: .en) }

    /// `path:line:col: error: message` and the hint line, in English, without the id.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}

extension Hint {
    /// Shows no hint where the message has a usual one.
    public static let omitted = Hint(ja: "", en: "")
}
