/// Diagnostics made from free text, while the code moves to catalogue
/// entries. Each use is a message not yet in the catalogue; the catalogue
/// tests fail while any remains.
extension Diagnostic {
    static let legacyEntry = Message("CS0000", .error, ja: "{text}", en: "{text}",
                                     explainJa: "（移行中のメッセージ）", explainEn: "(a message being moved to the catalogue)")

    public static func error(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        legacy(.error, location, message, hint)
    }

    public static func warning(at location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        legacy(.warning, location, message, hint)
    }

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, hint: String? = nil) {
        self = Diagnostic.legacy(severity, location, message, hint)
    }

    private static func legacy(_ severity: Severity, _ location: SourceLocation, _ message: String, _ hint: String?) -> Diagnostic {
        var arguments: MessageArguments = ["text": .text(message)]
        if let hint { arguments["hintText"] = .text(hint) }
        return Diagnostic(legacyEntry, at: location, arguments,
                          hint: hint == nil ? .omitted : Hint(ja: "{hintText}", en: "{hintText}"), severity: severity)
    }
}
