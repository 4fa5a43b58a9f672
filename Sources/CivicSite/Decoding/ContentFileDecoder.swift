import Foundation

/// Reads one record file and hands its front matter to its kind's decoder.
enum ContentFileDecoder {
    static func decode(_ file: ContentFile, reader: ContentLoader.Reader) -> (record: LoadedRecord?, diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return (nil, [.error(at: .file(file.displayPath), "cannot read the file")])
        }
        let parsed = reader(data, file.displayPath, false)
        // A file that does not parse would only add confusing follow-up
        // errors (every key "missing"), so stop at the parser's findings.
        if parsed.diagnostics.contains(where: \.isError) { return (nil, parsed.diagnostics) }
        let document = DecodingDocument(path: file.displayPath, fileName: file.fileName, frontMatter: parsed.frontMatter,
                                        body: parsed.body, bodyFirstLine: parsed.bodyFirstLine)
        let (record, diagnostics) = decode(document, kind: file.kind)
        return (record, parsed.diagnostics + diagnostics)
    }

    static func decode(_ document: DecodingDocument, kind: RecordKind) -> (LoadedRecord?, [Diagnostic]) {
        switch kind {
        case .fields: let r = FieldDecoder.decode(document); return (r.record.map(LoadedRecord.field), r.diagnostics)
        case .groups: let r = GroupDecoder.decode(document); return (r.record.map(LoadedRecord.group), r.diagnostics)
        case .events: let r = EventDecoder.decode(document); return (r.record.map(LoadedRecord.event), r.diagnostics)
        case .grants: let r = GrantDecoder.decode(document); return (r.record.map(LoadedRecord.grant), r.diagnostics)
        case .cases: let r = CaseDecoder.decode(document); return (r.record.map(LoadedRecord.collaborationCase), r.diagnostics)
        case .pages: let r = PageDecoder.decode(document); return (r.record.map(LoadedRecord.page), r.diagnostics)
        }
    }
}
