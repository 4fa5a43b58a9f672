/// Turns field references as written (id, number, official name or short
/// label) into field slugs, reporting those that name no field.
public struct FieldReferenceResolver: Sendable {
    private var bySpelling: [String: String] = [:]
    private let spellings: [String]

    public init(fields: [Field], broken: Set<String> = []) {
        for slug in broken { bySpelling[slug] = slug }
        for field in fields {
            let written = [field.slug, String(field.number), field.name, field.short]
            for spelling in written + written.map(WrittenText.folded) where bySpelling[spelling] == nil {
                bySpelling[spelling] = field.slug
            }
        }
        spellings = fields.flatMap { [$0.slug, $0.short, $0.name] }
    }

    /// The slugs for `written`, the value of `key` in the record from `source`.
    public func resolve(_ written: [String], key: String = "fields", source: RecordSource,
                        diagnostics: inout [Diagnostic]) -> [String] {
        var slugs: [String] = []
        var firstSpelling: [String: String] = [:]
        var count: [String: Int] = [:]
        for (index, text) in written.enumerated() {
            // Most values are written as a field's slug or name: folding
            // (NFKC) and the location are made only when needed.
            let location = { source.keyLocations["\(key)[\(index)]"] ?? source.location(of: key) }
            if let slug = bySpelling[text] ?? bySpelling[text.lowercased()] ?? slug(folding: text) {
                count[slug, default: 0] += 1
                guard let first = firstSpelling[slug] else {
                    firstSpelling[slug] = text
                    slugs.append(slug)
                    continue
                }
                // Harmless (the field is shown once), so a warning; but a
                // repeat is often a slip for another field.
                diagnostics.append(.warning(.fieldListedTwice, at: location(),
                                            ["slug": .text(slug), "times": Term.times(count[slug] ?? 0), "text": .text(text), "first": .text(first)],
                                            hint: first == text ? nil : .sameFieldTwice))
                continue
            }
            let folded = WrittenText.folded(text)
            let near = Suggestion.closest(to: folded, in: spellings)
            let hint = DecodingText.listHint(text, key: key, noun: Term.fields) ?? (near == nil ? nil : ChosenHint(.didYouMean))
            diagnostics.append(.make(.unknownFieldReference, at: location(), ["text": .text(text), "near": .text(near ?? "")],
                                     hint: hint, severity: .error))
        }
        return slugs
    }

    /// The slug `text` names once folded (NFKC, then lowercase), if any.
    private func slug(folding text: String) -> String? {
        let folded = WrittenText.folded(text)
        return bySpelling[folded] ?? bySpelling[folded.lowercased()]
    }

    /// Resolves the `fields` of every record in place.
    public func resolveAll(in content: inout SiteContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // A record is changed only when its slugs differ from what it holds:
        // a change copies a record that the preview's cache shares.
        for i in content.groups.indices {
            let slugs = resolve(content.groups[i].fields, source: content.groups[i].source, diagnostics: &diagnostics)
            if slugs != content.groups[i].fields { content.groups[i].fields = slugs }
        }
        for i in content.events.indices {
            let slugs = resolve(content.events[i].fields, source: content.events[i].source, diagnostics: &diagnostics)
            if slugs != content.events[i].fields { content.events[i].fields = slugs }
        }
        for i in content.grants.indices {
            if case .some(let written) = content.grants[i].fields {
                let slugs = resolve(written, source: content.grants[i].source, diagnostics: &diagnostics)
                if slugs != written { content.grants[i].fields = .some(slugs) }
            }
        }
        for i in content.cases.indices {
            let slugs = resolve(content.cases[i].fields, source: content.cases[i].source, diagnostics: &diagnostics)
            if slugs != content.cases[i].fields { content.cases[i].fields = slugs }
        }
        return diagnostics
    }
}
