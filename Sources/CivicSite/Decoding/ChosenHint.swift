/// A hint of the catalogue picked by the code that found a problem, with
/// the values its text needs (`{line}`, `{near}` …). They join the
/// diagnostic's own arguments, which the message and its hint share.
public struct ChosenHint: Sendable, Hashable {
    public var hint: Hint
    public var arguments: MessageArguments

    public init(_ hint: Hint, _ arguments: MessageArguments = [:]) {
        self.hint = hint
        self.arguments = arguments
    }
}

extension Diagnostic {
    /// A problem of `message` with a hint chosen for it; nil keeps the
    /// entry's usual hint.
    static func make(_ message: Message, at location: SourceLocation, _ arguments: MessageArguments = [:],
                     hint: ChosenHint?, severity: Severity? = nil) -> Diagnostic {
        var all = arguments
        if let hint { all.merge(hint.arguments) { own, _ in own } }
        return Diagnostic(message, at: location, all, hint: hint?.hint, severity: severity)
    }
}
