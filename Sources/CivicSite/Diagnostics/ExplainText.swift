/// The long form of a catalogue entry, as `civicsite explain` prints it and
/// `docs/messages.md` lists it.
public enum ExplainText {
    public static func render(_ message: Message, in language: Language) -> String {
        let severity = language == .ja ? (message.severity == .error ? "エラー" : "警告") : message.severity.rawValue
        var text = "\(message.id) (\(severity)): \(message.text[language])\n"
        if let hint = message.hint, hint != .omitted {
            text += (language == .ja ? "ヒント: " : "hint: ") + hint.text[language] + "\n"
        }
        return text + "\n" + message.explanation[language]
    }
}
