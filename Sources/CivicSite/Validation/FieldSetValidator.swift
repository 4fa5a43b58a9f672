/// Checks the field records against the fixed list of 17.
public enum FieldSetValidator {
    /// `fieldsFolder` is how `content/fields` is shown in messages.
    public static func validate(_ fields: [Field], fieldsFolder: String, broken: Set<String> = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byNumber: [Int: Field] = [:]
        for field in fields {
            let numberLocation = field.source.location(of: "number")
            if let expected = FieldCatalog.number(of: field.slug) {
                if field.number != expected {
                    diagnostics.append(.error(.fieldNumberMismatch, at: numberLocation,
                                              ["slug": .text(field.slug), "expected": .number(expected), "found": .number(field.number)]))
                }
            } else {
                let near = Suggestion.closest(to: field.slug, in: FieldCatalog.ids)
                diagnostics.append(.error(.unknownFieldID, at: field.source.location(of: "slug"),
                                          ["slug": .text(field.slug), "near": .text(near ?? ""),
                                           "ids": .list(FieldCatalog.ids.map { .text($0) })],
                                          hint: near == nil ? nil : .didYouMean))
            }
            if let first = byNumber[field.number] {
                diagnostics.append(.error(.duplicateFieldNumber, at: numberLocation,
                                          ["number": .number(field.number), "first": .text(first.source.path)]))
            } else {
                byNumber[field.number] = field
            }
        }
        let present = Set(fields.map(\.slug)).union(broken)
        let missing = FieldCatalog.ids.filter { !present.contains($0) }
        if !missing.isEmpty {
            diagnostics.append(.warning(.missingFieldFiles, at: .file(fieldsFolder),
                                        ["count": .number(missing.count), "missing": .list(missing.map { .text($0) })]))
        }
        return diagnostics
    }
}
