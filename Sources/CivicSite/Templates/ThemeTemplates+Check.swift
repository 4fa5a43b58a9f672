extension ThemeTemplates {
    /// Static checks: every partial / parent named by a tag exists, and every
    /// block a page fills in exists in its parent (a misspelt block would
    /// otherwise silently leave the parent's default in place).
    public func check() -> [Diagnostic] {
        let known = Array(includable.keys)
        let templates = (Array(layouts.values) + Array(partials.values)).sorted { $0.path < $1.path }
        var problems: [Diagnostic] = []
        var expandable: [String: Set<String>] = [:]
        for template in templates {
            for reference in template.references where includable[reference.name] == nil {
                problems.append(MustacheRenderer.unknownTemplate(reference.name, kind: reference.kind, at: reference.location,
                                                                 known: known))
            }
            for override in template.blockOverrides where includable[override.parent] != nil {
                let available = blocks(expandableFrom: override.parent, cache: &expandable)
                guard !available.contains(override.block) else { continue }
                let sorted = available.sorted()
                var arguments: MessageArguments = ["block": .text(override.block), "parent": .text(override.parent)]
                let hint: Hint
                if let near = Suggestion.closest(to: override.block, in: sorted) {
                    arguments["near"] = .text(near)
                    hint = .didYouMean
                } else if sorted.isEmpty {
                    hint = .templateParentHasNoBlocks
                } else {
                    arguments["blocks"] = .list(sorted.map(MessageArgument.text))
                    hint = .templateParentBlocks
                }
                problems.append(.error(.templateUnknownBlock, at: override.location, arguments, hint: hint))
            }
        }
        return problems
    }

    /// Block names a template can expand, following the partials and parents
    /// it includes (replacements pass through them).
    private func blocks(expandableFrom name: String, cache: inout [String: Set<String>]) -> Set<String> {
        if let known = cache[name] { return known }
        var result: Set<String> = []
        var visited: Set<String> = []
        var pending = [name]
        while let next = pending.popLast() {
            guard visited.insert(next).inserted, let template = includable[next] else { continue }
            result.formUnion(template.blockNames)
            pending.append(contentsOf: template.references.map(\.name))
        }
        cache[name] = result
        return result
    }
}
