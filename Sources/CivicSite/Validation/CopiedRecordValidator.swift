/// Records that look like a copy of another file left unchanged: staff make
/// a new record by copying an old one, and a forgotten field publishes two
/// pages that say the same thing. Only warnings: two groups may share an
/// address, and a repeated event may really have two files.
public enum CopiedRecordValidator {
    public static func validate(_ content: SiteContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let groups = content.groups.filter { !$0.draft }.sorted { $0.slug < $1.slug }
        diagnostics += repeats(groups, what: Term.sameCorporateNumber, key: "corporate_number") { $0.corporateNumber }
        diagnostics += repeats(groups, what: Term.sameTitleAndEmail, key: "title") { group in
            group.contact?.email.map { group.title + "\u{0}" + $0.lowercased() }
        }
        let events = content.events.filter { !$0.draft }.sorted { $0.slug < $1.slug }
        diagnostics += repeats(events, what: Term.sameTitleAndStart, key: "title") { event in
            event.title + "\u{0}" + event.start.moment.description
        }
        return diagnostics
    }

    /// One warning at every later file whose `signature` an earlier file has.
    /// Records come in slug order, so a copy named `sakura-2` is the one warned.
    private static func repeats<R>(_ records: [R], what: LocalizedText, key: String,
                                   signature: (R) -> String?) -> [Diagnostic] where R: HasRecordSource {
        var first: [ExactText: Int] = [:]
        var diagnostics: [Diagnostic] = []
        for (index, record) in records.enumerated() {
            guard let value = signature(record) else { continue }
            if let earlier = first[ExactText(value)] {
                diagnostics.append(.warning(.copiedRecord, at: record.source.location(of: key),
                                            ["other": .text(records[earlier].source.path), "what": .term(what)]))
            } else {
                first[ExactText(value)] = index
            }
        }
        return diagnostics
    }
}

/// A record that knows the file it came from.
protocol HasRecordSource {
    var source: RecordSource { get }
}

extension Field: HasRecordSource {}
extension Group: HasRecordSource {}
extension Event: HasRecordSource {}
extension Grant: HasRecordSource {}
extension CollaborationCase: HasRecordSource {}
extension NewsItem: HasRecordSource {}
extension Page: HasRecordSource {}
