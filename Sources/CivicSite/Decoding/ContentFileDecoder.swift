import Foundation

/// Reads one record file and hands its front matter to its kind's decoder.
enum ContentFileDecoder {
    /// What reading one file gave.
    struct Outcome: Sendable {
        var record: LoadedRecord?
        var diagnostics: [Diagnostic]
        /// Set when the record had errors but its slug is known.
        var brokenSlug: String?
        /// The record with errors, as far as it was read (see `DecodingResult.partial`).
        var partial: LoadedRecord? = nil
    }

    static func decode(_ file: ContentFile, reader: ContentLoader.Reader, today: LocalDate? = nil) -> Outcome {
        let data: Data
        let stem = String(file.fileName.dropLast(3))
        let brokenSlug = SlugRules.isValid(stem) ? stem : nil
        do {
            data = try FileIO.read(file.path, limit: InputLimits.contentFileBytes)
        } catch let tooLarge as FileIO.TooLarge {
            // Like a file that does not parse: the record is missing, but its
            // file name still stands for it in references.
            return Outcome(diagnostics: [.error(.fileTooLarge, at: .file(file.displayPath), InputLimits.arguments(tooLarge))],
                           brokenSlug: brokenSlug)
        } catch {
            return Outcome(diagnostics: [.error(.fileUnreadable, at: .file(file.displayPath), ["reason": .term(Term.reason(of: error))])])
        }
        let parsed = reader(data, file.displayPath, false)
        // A file that does not parse would only add confusing follow-up
        // errors (every key "missing"), so stop at the parser's findings;
        // its file name still stands for it in references.
        if parsed.diagnostics.contains(where: \.isError) {
            return Outcome(diagnostics: parsed.diagnostics, brokenSlug: brokenSlug)
        }
        let document = DecodingDocument(path: file.displayPath, fileName: file.fileName, frontMatter: parsed.frontMatter,
                                        body: parsed.body, bodyFirstLine: parsed.bodyFirstLine, today: today)
        var outcome = decode(document, kind: file.kind)
        outcome.diagnostics = parsed.diagnostics + outcome.diagnostics
        return outcome
    }

    static func decode(_ document: DecodingDocument, kind: RecordKind) -> Outcome {
        switch kind {
        case .fields: return outcome(FieldDecoder.decode(document), LoadedRecord.field)
        case .groups: return outcome(GroupDecoder.decode(document), LoadedRecord.group)
        case .events: return outcome(EventDecoder.decode(document), LoadedRecord.event)
        case .grants: return outcome(GrantDecoder.decode(document), LoadedRecord.grant)
        case .cases: return outcome(CaseDecoder.decode(document), LoadedRecord.collaborationCase)
        case .pages: return outcome(PageDecoder.decode(document), LoadedRecord.page)
        }
    }

    private static func outcome<R>(_ result: DecodingResult<R>, _ wrap: (R) -> LoadedRecord) -> Outcome {
        Outcome(record: result.record.map(wrap), diagnostics: result.diagnostics, brokenSlug: result.brokenSlug,
                partial: result.partial.map(wrap))
    }
}
