extension MustacheRenderer {
    /// Resolves a name against the context stack as the spec says: the first
    /// part in the nearest frame that has it, later parts inside that value only.
    /// Strict mode turns a miss into an error located at the tag.
    func resolve(_ name: MustacheName, at location: SourceLocation) throws(DiagnosticList) -> TemplateValue {
        let parts = name.parts
        guard let first = parts.first else { return context.top }
        guard var current = context.value(of: first) else {
            guard strict else { return .null }
            throw DiagnosticList([missingFirstPart(name, at: location)])
        }
        for (position, part) in parts.enumerated().dropFirst() {
            switch current {
            case .object(let object):
                if let value = object[part] {
                    current = value
                    continue
                }
                guard strict else { return .null }
                let prefix = parts[..<position].joined(separator: ".")
                let hint = Suggestion.closest(to: part, in: object.keys.sorted()).map { "did you mean '\(prefix).\($0)'?" }
                    ?? "'\(prefix)' has no key '\(part)'"
                throw DiagnosticList([.error(at: location, "unknown variable '\(name.text)'", hint: hint)])
            case .null:
                return .null
            default:
                guard strict else { return .null }
                let prefix = parts[..<position].joined(separator: ".")
                throw DiagnosticList([.error(at: location, "unknown variable '\(name.text)'",
                                             hint: "'\(prefix)' is \(current.kindDescription), not an object")])
            }
        }
        return current
    }

    private func missingFirstPart(_ name: MustacheName, at location: SourceLocation) -> Diagnostic {
        var keys: [String] = []
        var seen: Set<String> = []
        for frame in context.frames.reversed() {
            guard case .object(let object) = frame else { continue }
            for key in object.keys.sorted() where seen.insert(key).inserted { keys.append(key) }
        }
        let first = name.parts[0]
        let hint: String
        if let match = Suggestion.closest(to: first, in: keys) {
            hint = "did you mean '\(([match] + name.parts.dropFirst()).joined(separator: "."))'?"
        } else if keys.isEmpty {
            hint = "no data is visible here"
        } else {
            let shown = keys.prefix(12).joined(separator: ", ")
            hint = "visible names here: \(shown)\(keys.count > 12 ? ", …" : "")"
        }
        return .error(at: location, "unknown variable '\(name.text)'", hint: hint)
    }
}
