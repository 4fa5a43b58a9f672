/// How problems are printed. `text` is for people and editors; `github`
/// makes GitHub Actions show each problem on the changed file of a pull
/// request; `json` is one object per line for scripts.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case github
    case json

    /// One problem as printed, without a final line break.
    ///
    /// The text format keeps the English words `error` and `warning` even in
    /// Japanese: editors and CI problem matchers (VS Code's `$gcc`, Emacs'
    /// compilation mode) recognise lines by those words. The message, the
    /// hint and its label are in the chosen language.
    public func render(_ d: Diagnostic, in language: Language) -> String {
        switch self {
        case .text:
            let place = d.location.file.isEmpty ? "" : "\(d.location): "
            var line = "\(place)\(d.severity.rawValue): \(d.message(in: language)) [\(d.id)]"
            if let hint = d.hint(in: language) {
                line += "\n    " + (language == .ja ? "ヒント: " : "hint: ") + hint
            }
            return line
        case .github:
            var body = d.message(in: language)
            if let hint = d.hint(in: language) { body += "\n" + hint }
            let command = d.isError ? "error" : "warning"
            let place = d.location.file.isEmpty ? ""
                : "file=\(Self.property(d.location.file)),line=\(d.location.line),col=\(d.location.column),"
            return "::\(command) \(place)title=\(Self.property(d.id))::\(Self.data(body))"
        case .json:
            var object: [(String, JSONValue)] = [("id", .string(d.id)), ("severity", .string(d.severity.rawValue))]
            if !d.location.file.isEmpty {
                object += [("file", .string(d.location.file)), ("line", .int(d.location.line)), ("column", .int(d.location.column))]
            }
            object.append(("message", .string(d.message(in: language))))
            if let hint = d.hint(in: language) { object.append(("hint", .string(hint))) }
            return JSONValue.object(object).serialized(scriptSafe: false)
        }
    }

    /// GitHub's escaping of a workflow command's message.
    static func data(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// GitHub's escaping of a workflow command's property value.
    static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
