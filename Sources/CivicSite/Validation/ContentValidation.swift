/// Runs every check across records, in place: field references become
/// field slugs on the way.
public enum ContentValidation {
    /// Slugs of records that had errors of their own: references to them
    /// are not reported again as unknown.
    public struct BrokenRecords: Sendable {
        public var fields: Set<String> = []
        public var groups: Set<String> = []
        /// Every kind, as `kind/slug`, for related records.
        public var all: Set<String> = []

        public init() {}

        public mutating func insert(_ slug: String, kind: RecordKind) {
            all.insert("\(kind.rawValue)/\(slug)")
            switch kind {
            case .fields: fields.insert(slug)
            case .groups: groups.insert(slug)
            default: break
            }
        }
    }

    public static func run(_ content: inout SiteContent, fieldsFolder: String, includeDrafts: Bool,
                           broken: BrokenRecords = BrokenRecords()) -> [Diagnostic] {
        var diagnostics = DuplicateSlugValidator.validate(content)
        diagnostics += FieldSetValidator.validate(content.fields, fieldsFolder: fieldsFolder, broken: broken.fields)
        diagnostics += FieldReferenceResolver(fields: content.fields, broken: broken.fields).resolveAll(in: &content)
        diagnostics += ReferenceValidator(groups: content.groups, draftsExcluded: !includeDrafts, broken: broken.groups)
            .validate(content)
        diagnostics += AreaResolver(areas: content.config.areas).resolveAll(in: &content)
        diagnostics += RelatedRecordValidator(content, draftsExcluded: !includeDrafts, broken: broken.all,
                                              contentFolder: String(fieldsFolder.dropLast("/fields".count)),
                                              kinds: RelatedRecordValidator.kinds(referencedBy: content.news)).validate(content)
        diagnostics += RecordRulesValidator.validate(content)
        diagnostics += CopiedRecordValidator.validate(content)
        return diagnostics
    }

    /// The references of records that had errors of their own (`partial`),
    /// checked against the records that loaded (`content`): a wrong value in
    /// a file must not hide that its organizers or fields are wrong too.
    public static func references(of partial: inout SiteContent, in content: SiteContent, includeDrafts: Bool,
                                  broken: BrokenRecords) -> [Diagnostic] {
        // Usually none: every file loaded (the preview asks on every save).
        guard !(partial.groups.isEmpty && partial.events.isEmpty && partial.grants.isEmpty && partial.cases.isEmpty
                && partial.news.isEmpty) else { return [] }
        var diagnostics = FieldReferenceResolver(fields: content.fields, broken: broken.fields).resolveAll(in: &partial)
        diagnostics += ReferenceValidator(groups: content.groups, draftsExcluded: !includeDrafts, broken: broken.groups)
            .validate(partial)
        diagnostics += AreaResolver(areas: content.config.areas).resolveAll(in: &partial)
        diagnostics += RelatedRecordValidator(content, draftsExcluded: !includeDrafts, broken: broken.all,
                                              kinds: RelatedRecordValidator.kinds(referencedBy: partial.news)).validate(partial)
        return diagnostics
    }
}
