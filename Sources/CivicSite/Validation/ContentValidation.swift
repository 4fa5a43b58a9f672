/// Runs every check across records, in place: field references become
/// field slugs on the way.
public enum ContentValidation {
    public static func run(_ content: inout SiteContent, fieldsFolder: String, includeDrafts: Bool) -> [Diagnostic] {
        var diagnostics = DuplicateSlugValidator.validate(content)
        diagnostics += FieldSetValidator.validate(content.fields, fieldsFolder: fieldsFolder)
        diagnostics += FieldReferenceResolver(fields: content.fields).resolveAll(in: &content)
        diagnostics += ReferenceValidator(groups: content.groups, draftsExcluded: !includeDrafts).validate(content)
        diagnostics += RecordRulesValidator.validate(content)
        return diagnostics
    }
}
