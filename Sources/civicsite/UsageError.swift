import CivicSite

/// A mistake in how the command was called (exit code 2), as a catalogue
/// entry and its values.
struct UsageError: Error {
    var message: Message
    var arguments: MessageArguments
    var hint: Hint?

    init(_ message: Message, _ arguments: MessageArguments = [:], hint: Hint? = nil) {
        self.message = message
        self.arguments = arguments
        self.hint = hint
    }

    /// A usage error has no place in a file; it is printed without one.
    var diagnostic: Diagnostic {
        Diagnostic(message, at: SourceLocation(file: "", line: 0, column: 0), arguments, hint: hint)
    }
}
