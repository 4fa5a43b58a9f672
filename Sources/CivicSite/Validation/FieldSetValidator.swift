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
                    diagnostics.append(.error(at: numberLocation, "field '\(field.slug)' must have number \(expected), found \(field.number)",
                                              hint: "the numbers follow the order of the npo act's list of activities"))
                }
            } else {
                let near = Suggestion.closest(to: field.slug, in: FieldCatalog.ids)
                diagnostics.append(.error(at: field.source.location(of: "slug"), "unknown field id '\(field.slug)'",
                                          hint: near.map { "did you mean '\($0)'?" }
                                              ?? "the ids are: \(FieldCatalog.ids.joined(separator: ", "))"))
            }
            if let first = byNumber[field.number] {
                diagnostics.append(.error(at: numberLocation, "duplicate field number \(field.number)",
                                          hint: "'\(first.source.path)' already has it"))
            } else {
                byNumber[field.number] = field
            }
        }
        let present = Set(fields.map(\.slug)).union(broken)
        let missing = FieldCatalog.ids.filter { !present.contains($0) }
        if !missing.isEmpty {
            diagnostics.append(.warning(at: .file(fieldsFolder),
                                        "\(missing.count) of the 17 activity fields have no file: \(missing.joined(separator: ", "))",
                                        hint: "records cannot refer to a field without its file"))
        }
        return diagnostics
    }
}
