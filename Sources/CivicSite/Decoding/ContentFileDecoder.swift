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
            data = try file.data ?? FileIO.read(file.path, limit: InputLimits.contentFileBytes)
        } catch let tooLarge as FileIO.TooLarge {
            // Like a file that does not parse: the record is missing, but its
            // file name still stands for it in references.
            return Outcome(diagnostics: [.error(.fileTooLarge, at: .file(file.displayPath), InputLimits.arguments(tooLarge))],
                           brokenSlug: brokenSlug)
        } catch {
            return Outcome(diagnostics: [.error(.fileUnreadable, at: .file(file.displayPath), ["reason": .term(Term.reason(of: error))])])
        }
        return decode(data, displayPath: file.displayPath, fileName: file.fileName, kind: file.kind, reader: reader, today: today,
                      folder: file.folder?.shown)
    }

    /// The bytes of one record file, read as the file `displayPath` named
    /// `fileName`: what `civicsite new` checks before it writes a record.
    /// `folder` is the record's own folder when it is written as `<slug>/index.md`.
    static func decode(_ data: Data, displayPath: String, fileName: String, kind: RecordKind,
                       reader: ContentLoader.Reader, today: LocalDate? = nil, folder: String? = nil) -> Outcome {
        let parsed = reader(data, displayPath, false)
        let document = DecodingDocument(path: displayPath, fileName: fileName, frontMatter: parsed.frontMatter,
                                        body: parsed.body, bodyFirstLine: parsed.bodyFirstLine, today: today,
                                        comments: parsed.comments, folder: folder)
        guard parsed.diagnostics.contains(where: \.isError) else {
            var outcome = decode(document, kind: kind)
            outcome.diagnostics = parsed.diagnostics + outcome.diagnostics + document.placeholderProblems()
            return outcome
        }
        // A syntax error: the parser still hands back every entry it could
        // read, so their values are checked in the same run. What the error
        // itself may cause waits for the fix: a key reported missing may be
        // the line the parser could not read, and after a broken nested line
        // the lines below it are read as keys of their own (unknown, or
        // "belongs under contact:"). The record is not published either way.
        let stem = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        let fileSlug = SlugRules.isValid(stem) ? stem : nil
        guard parsed.frontMatter?.entries?.isEmpty == false else {
            return Outcome(diagnostics: parsed.diagnostics, brokenSlug: fileSlug)
        }
        let decoded = decode(document, kind: kind)
        let values = decoded.diagnostics.filter { !Self.followsFromASyntaxError.contains($0.entry) }
        return Outcome(diagnostics: parsed.diagnostics + values, brokenSlug: decoded.brokenSlug ?? fileSlug,
                       partial: decoded.partial ?? decoded.record)
    }

    static let followsFromASyntaxError: Set<Message> = [
        .missingKey, .missingKeyInMapping, .unknownKey, .misspeltKey, .fullWidthKey, .japaneseKey, .keyOfAMapping,
    ]

    static func decode(_ document: DecodingDocument, kind: RecordKind) -> Outcome {
        switch kind {
        case .fields: return outcome(FieldDecoder.decode(document), LoadedRecord.field)
        case .groups: return outcome(GroupDecoder.decode(document), LoadedRecord.group)
        case .events: return outcome(EventDecoder.decode(document), LoadedRecord.event)
        case .grants: return outcome(GrantDecoder.decode(document), LoadedRecord.grant)
        case .cases: return outcome(CaseDecoder.decode(document), LoadedRecord.collaborationCase)
        case .news: return outcome(NewsDecoder.decode(document), LoadedRecord.news)
        case .pages: return outcome(PageDecoder.decode(document), LoadedRecord.page)
        }
    }

    private static func outcome<R>(_ result: DecodingResult<R>, _ wrap: (R) -> LoadedRecord) -> Outcome {
        Outcome(record: result.record.map(wrap), diagnostics: result.diagnostics, brokenSlug: result.brokenSlug,
                partial: result.partial.map(wrap))
    }
}
