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
            let location = source.keyLocations["\(key)[\(index)]"] ?? source.location(of: key)
            let folded = WrittenText.folded(text)
            if let slug = bySpelling[text] ?? bySpelling[text.lowercased()] ?? bySpelling[folded] ?? bySpelling[folded.lowercased()] {
                count[slug, default: 0] += 1
                guard let first = firstSpelling[slug] else {
                    firstSpelling[slug] = text
                    slugs.append(slug)
                    continue
                }
                // Harmless (the field is shown once), so a warning; but a
                // repeat is often a slip for another field.
                diagnostics.append(.warning(.fieldListedTwice, at: location,
                                            ["slug": .text(slug), "times": Term.times(count[slug] ?? 0), "text": .text(text), "first": .text(first)],
                                            hint: first == text ? nil : .sameFieldTwice))
                continue
            }
            let near = Suggestion.closest(to: folded, in: spellings)
            let hint = DecodingText.listHint(text, key: key, noun: Term.fields) ?? (near == nil ? nil : ChosenHint(.didYouMean))
            diagnostics.append(.make(.unknownFieldReference, at: location, ["text": .text(text), "near": .text(near ?? "")],
                                     hint: hint, severity: .error))
        }
        return slugs
    }

    /// Resolves the `fields` of every record in place.
    public func resolveAll(in content: inout SiteContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for i in content.groups.indices {
            content.groups[i].fields = resolve(content.groups[i].fields, source: content.groups[i].source, diagnostics: &diagnostics)
        }
        for i in content.events.indices {
            content.events[i].fields = resolve(content.events[i].fields, source: content.events[i].source, diagnostics: &diagnostics)
        }
        for i in content.grants.indices {
            if case .some(let written) = content.grants[i].fields {
                content.grants[i].fields = .some(resolve(written, source: content.grants[i].source, diagnostics: &diagnostics))
            }
        }
        for i in content.cases.indices {
            content.cases[i].fields = resolve(content.cases[i].fields, source: content.cases[i].source, diagnostics: &diagnostics)
        }
        return diagnostics
    }
}
