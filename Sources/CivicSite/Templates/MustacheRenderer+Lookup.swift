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
                var arguments: MessageArguments = ["name": .text(name.text), "prefix": .text(prefix), "part": .text(part)]
                let near = Suggestion.closest(to: part, in: object.keys.sorted())
                if let near { arguments["near"] = .text(prefix + "." + near) }
                throw DiagnosticList([.error(.templateUnknownVariable, at: location, arguments,
                                             hint: near == nil ? .templateNoSuchKey : .didYouMean)])
            case .null:
                return .null
            default:
                guard strict else { return .null }
                let prefix = parts[..<position].joined(separator: ".")
                throw DiagnosticList([.error(.templateUnknownVariable, at: location,
                                             ["name": .text(name.text), "prefix": .text(prefix),
                                              "kind": .term(Term.templateValueKind(current))],
                                             hint: .templateNotAnObject)])
            }
        }
        return current
    }

    /// At most this many visible names are listed in the hint.
    private static let shownNames = 12

    private func missingFirstPart(_ name: MustacheName, at location: SourceLocation) -> Diagnostic {
        var keys: [String] = []
        var seen: Set<String> = []
        for frame in context.frames.reversed() {
            guard case .object(let object) = frame else { continue }
            for key in object.keys.sorted() where seen.insert(key).inserted { keys.append(key) }
        }
        var arguments: MessageArguments = ["name": .text(name.text)]
        let hint: Hint
        if let match = Suggestion.closest(to: name.parts[0], in: keys) {
            arguments["near"] = .text(([match] + name.parts.dropFirst()).joined(separator: "."))
            hint = .didYouMean
        } else if keys.isEmpty {
            hint = .templateNoDataVisible
        } else {
            var shown = keys.prefix(Self.shownNames).map(MessageArgument.text)
            if keys.count > Self.shownNames { shown.append(.text("…")) }
            arguments["names"] = .list(shown)
            hint = .templateVisibleNames
        }
        return .error(.templateUnknownVariable, at: location, arguments, hint: hint)
    }
}
